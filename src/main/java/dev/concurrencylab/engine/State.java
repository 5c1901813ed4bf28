package dev.concurrencylab.engine;

/** What a lane (or a task) is doing during one segment of a timeline. */
public enum State {
    /** On a CPU, doing the task's work. */
    RUNNING,
    /** Waiting for I/O (a timer, a socket); holds no CPU. */
    IO_WAIT,
    /** Ready to run CPU work but waiting for the emulated global interpreter lock. */
    GIL_WAIT,
    /** Waiting for a connection from the HTTP client's pool (not yet for the server). */
    CONN_WAIT,
    /** Submitted but not yet started by any worker. */
    QUEUED,
    /**
     * Started, its wait over, waiting to run again: for a carrier thread, for the event loop, for a core. Told
     * apart from QUEUED (never started) by its hatch.
     */
    READY,
    /** A worker process starting up, until it is ready for work. */
    SPAWN,
    /** Serialising, transferring or deserialising a message between processes. */
    IPC;

    private static final State[] VALUES = values();

    public static State of(int ordinal) {
        return VALUES[ordinal];
    }

    /** The lower-case name used in files and on the command line, e.g. {@code io_wait}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
