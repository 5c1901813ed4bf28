package dev.concurrencylab.engine;

/** Completion of a non-blocking I/O wait; called once, from any thread. */
public interface IoCallback {
    /**
     * When the wait began, as the caller drew it ({@link System#nanoTime()}): a timer falls due its length after
     * this, however long the session took to start it.
     */
    default long began() {
        return System.nanoTime();
    }

    /**
     * @param atNanoTime {@link System#nanoTime()} when the wait's cause ended (a timer fell due, the answer had
     *                   arrived), which may be well before the callback runs
     */
    void completed(IoOutcome outcome, long atNanoTime);

    /** @param atNanoTime {@link System#nanoTime()} when the wait failed */
    void failed(Throwable error, long atNanoTime);
}
