package dev.concurrencylab.engine;

import java.util.concurrent.TimeUnit;

/**
 * Performs {@link SleepRequest}s: a sleeping thread, or a timer on the event loop. Either way the wait's cause
 * ends at its due time; a thread or loop that runs later than that was READY, not sleeping.
 */
public final class SleepSession implements IoSession {

    @Override
    public IoOutcome call(IoRequest request, WaitMarks marks) throws InterruptedException {
        long due = marks.began() + sleep(request).nanos();
        TimeUnit.NANOSECONDS.sleep(due - System.nanoTime());
        marks.causeEnded(due);
        return IoOutcome.NONE;
    }

    @Override
    public void callAsync(IoRequest request, LoopTimers timers, IoCallback callback) {
        long due = callback.began() + sleep(request).nanos();
        timers.schedule(due - System.nanoTime(), () -> callback.completed(IoOutcome.NONE, due));
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
