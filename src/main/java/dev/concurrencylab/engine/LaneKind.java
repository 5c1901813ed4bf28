package dev.concurrencylab.engine;

/** What a lane stands for. */
public enum LaneKind {
    /** A thread: its segments never overlap. */
    THREAD,
    /** A worker process: its segments never overlap. */
    PROCESS,
    /** Waits owned by tasks but by no thread, e.g. an event loop's pending I/O; these overlap freely. */
    DETACHED
}
