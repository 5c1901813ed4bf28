package dev.concurrencylab.engine;

/**
 * Performs a workload's I/O for one run; holds what that needs (clients, connection pools).
 * A blocking call must end promptly when its thread is interrupted or the session is closed.
 */
public interface IoSession extends AutoCloseable {
    /** Waits on the calling thread until the request completes; throws with a readable reason on failure. */
    IoOutcome call(IoRequest request) throws Exception;

    /** Starts the request without blocking; {@code callback} is called exactly once. */
    void callAsync(IoRequest request, LoopTimers timers, IoCallback callback);

    /** CPU time spent by threads the session owns (e.g. an I/O reactor), or 0. */
    default long ownCpuNanos() {
        return 0;
    }

    @Override
    void close();
}
