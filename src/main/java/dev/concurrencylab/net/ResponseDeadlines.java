package dev.concurrencylab.net;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One timer thread per HTTP session that cancels a request whose whole response has not arrived by its
 * deadline. A request is armed when its connection is ready (an exec step after connecting, see
 * {@link Armed#start}), so time spent waiting for a pooled connection on purpose ({@code --max-connections})
 * does not count; connecting has its own timeout.
 */
final class ResponseDeadlines implements AutoCloseable {
    /** The context attribute under which a request's deadline travels through the client's exec chain. */
    static final String ATTRIBUTE = "concurrencylab.deadline";

    private final long limitNanos;
    private final ScheduledThreadPoolExecutor timer;

    ResponseDeadlines(ResponseLimits limits) {
        this.limitNanos = limits.deadline().toNanos();
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "http-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true); // 10,000 requests in flight: cancelled timers must not pile up
    }

    /** A deadline for one request, not yet running. */
    Armed create(Runnable cancel) {
        return new Armed(cancel);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One request's deadline: started once its connection is ready, stopped when its response ends. */
    final class Armed {
        private final Runnable cancel;
        private ScheduledFuture<?> pending;
        private volatile boolean fired;
        private boolean stopped;

        private Armed(Runnable cancel) {
            this.cancel = cancel;
        }

        /** Starts the clock; a redirect's second hop keeps the first one's clock. */
        synchronized void start() {
            if (pending == null && !stopped && !timer.isShutdown()) {
                pending = timer.schedule(this::fire, limitNanos, TimeUnit.NANOSECONDS);
            }
        }

        private void fire() {
            fired = true;
            cancel.run();
        }

        /** True once the deadline passed and the request was cancelled for it. */
        boolean fired() {
            return fired;
        }

        synchronized void stop() {
            stopped = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }
}
