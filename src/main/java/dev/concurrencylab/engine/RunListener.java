package dev.concurrencylab.engine;

/**
 * Hears about runs as they happen; called on the engine's threads, so a UI must hand the calls over to
 * its own thread. {@code trace} can be polled for snapshots while the run goes on.
 */
public interface RunListener {
    default void warmingUp(int index, ModelKind model) {
    }

    /** What a model's untimed preparation did, e.g. "CPython 3.11.2 started in 41 ms (not timed)". */
    default void prepared(int index, ModelKind model, String note) {
    }

    default void runStarted(int index, ModelKind model, TraceRecorder trace) {
    }

    default void runFinished(int index, RunOutput output) {
    }

    RunListener NONE = new RunListener() {
    };
}
