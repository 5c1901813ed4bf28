package dev.concurrencylab.process;

/** A worker process died, sent garbage or fell silent; the message is the reason a task failed. */
final class WorkerFailure extends Exception {
    /** True when the worker never became ready: starting another one would most likely fail the same way. */
    private final boolean atStart;

    WorkerFailure(String reason, boolean atStart) {
        super(reason);
        this.atStart = atStart;
    }

    boolean atStart() {
        return atStart;
    }
}
