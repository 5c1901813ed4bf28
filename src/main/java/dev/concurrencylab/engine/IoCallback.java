package dev.concurrencylab.engine;

/** Completion of a non-blocking I/O wait; called once, from any thread. */
public interface IoCallback {
    /** @param atNanoTime {@link System#nanoTime()} when the wait ended */
    void completed(IoOutcome outcome, long atNanoTime);

    /** @param atNanoTime {@link System#nanoTime()} when the wait failed */
    void failed(Throwable error, long atNanoTime);
}
