package dev.concurrencylab.net;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Makes blocking requests on platform threads end when their thread is interrupted. A platform thread
 * blocked in a socket read ignores interrupts, so a stopped run would wait for every request's timeout;
 * this watcher notices the interrupt and cancels the request, which closes its connection. Virtual
 * threads need no help (their socket reads are interruptible) and are not watched.
 */
final class InterruptWatch implements AutoCloseable {
    private static final long PERIOD_MS = 20;
    private final Map<Cancellable, Thread> watched = new ConcurrentHashMap<>();
    private volatile Thread watcher;
    private volatile boolean closed;

    void watch(Cancellable request) {
        Thread current = Thread.currentThread();
        if (current.isVirtual() || closed) {
            return;
        }
        watched.put(request, current);
        if (watcher == null) {
            startWatcher();
        }
    }

    void unwatch(Cancellable request) {
        watched.remove(request);
    }

    private synchronized void startWatcher() {
        if (watcher != null || closed) {
            return;
        }
        watcher = Thread.ofPlatform().daemon(true).name("http-interrupt-watch").start(() -> {
            while (!closed) {
                watched.forEach((request, thread) -> {
                    if (thread.isInterrupted()) {
                        request.cancel();
                    }
                });
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Cancels whatever is still in flight and stops watching. */
    @Override
    public synchronized void close() {
        closed = true;
        watched.keySet().forEach(Cancellable::cancel);
        watched.clear();
        Thread w = watcher;
        if (w != null) {
            w.interrupt();
        }
    }
}
