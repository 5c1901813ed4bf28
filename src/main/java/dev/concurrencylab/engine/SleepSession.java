package dev.concurrencylab.engine;

import java.util.concurrent.TimeUnit;

/** Performs {@link SleepRequest}s: a sleeping thread, or a timer on the event loop. */
public final class SleepSession implements IoSession {

    @Override
    public IoOutcome call(IoRequest request) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(sleep(request).nanos());
        return IoOutcome.NONE;
    }

    @Override
    public void callAsync(IoRequest request, LoopTimers timers, IoCallback callback) {
        timers.schedule(sleep(request).nanos(), () -> callback.completed(IoOutcome.NONE, System.nanoTime()));
    }

    private static SleepRequest sleep(IoRequest request) {
        if (request instanceof SleepRequest s) {
            return s;
        }
        throw new IllegalArgumentException("a sleep session cannot perform " + request);
    }

    @Override
    public void close() {
        // nothing held
    }
}
