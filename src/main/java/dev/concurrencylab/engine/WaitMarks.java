package dev.concurrencylab.engine;

/**
 * What a blocking I/O call learns about its wait while it waits, told to the lane that draws it. Times are
 * {@link System#nanoTime()} values; each mark is optional, and a session marks only what it measured.
 */
public interface WaitMarks {
    /** Marks nothing: for calls nobody draws (tests, the worker process's own bookkeeping). */
    WaitMarks NONE = new WaitMarks() {
    };

    /**
     * When the wait began, as the caller drew it: a sleep falls due its length after this, however long the
     * session took to start it.
     */
    default long began() {
        return System.nanoTime();
    }

    /** The calling thread asked its client's pool for a connection at {@code at} and waits for one. */
    default void connectionWanted(long at) {
    }

    /** The pool handed the calling thread a connection at {@code at}: from then on it waits for I/O. */
    default void connectionLeased(long at) {
    }

    /**
     * The wait's cause ended at {@code at}, perhaps well before the thread learns of it: a sleep fell due, the
     * server sent its answer. Until the thread runs again it is READY.
     */
    default void causeEnded(long at) {
    }

    /**
     * The thread ran again at {@code at}, after the cause ended (it had the response head); whatever the call
     * still does after this (reading a body) is I/O again.
     */
    default void resumed(long at) {
    }
}
