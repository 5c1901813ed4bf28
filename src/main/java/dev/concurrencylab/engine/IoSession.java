package dev.concurrencylab.engine;

/**
 * Performs a workload's I/O for one run; holds what that needs (clients, connection pools).
 * A blocking call must end promptly when its thread is interrupted or the session is closed.
 */
public interface IoSession extends AutoCloseable {
    /**
     * Waits on the calling thread until the request completes; throws with a readable reason on failure. What
     * the session measures of the wait (a connection lease, when its cause ended) it tells {@code marks}.
     */
    IoOutcome call(IoRequest request, WaitMarks marks) throws Exception;

    /** {@link #call(IoRequest, WaitMarks)} with nobody drawing the wait. */
    default IoOutcome call(IoRequest request) throws Exception {
        return call(request, WaitMarks.NONE);
    }

    /**
     * Starts the request without blocking; {@code callback} is called exactly once, with the time the wait's
     * cause ended as measured: a timer's due time, the arrival of an answer.
     */
    void callAsync(IoRequest request, LoopTimers timers, IoCallback callback);

    /** CPU time spent by threads the session owns (e.g. an I/O reactor), or 0. */
    default long ownCpuNanos() {
        return 0;
    }

    @Override
    void close();
}
