package dev.concurrencylab.render;

/** What a timeline's lanes stand for. */
public enum LaneMode {
    /** A lane per thread or worker process: RUNNING, IO_WAIT, GIL_WAIT as the thread lived them. */
    THREADS,
    /** A lane per task: QUEUED from submission to start, then the task's own segments wherever they ran. */
    TASKS
}
