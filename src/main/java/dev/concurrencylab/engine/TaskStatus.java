package dev.concurrencylab.engine;

/** Where a task is in its life. */
public enum TaskStatus {
    PENDING, STARTED, FINISHED, FAILED
}
