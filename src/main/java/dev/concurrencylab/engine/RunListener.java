package dev.concurrencylab.engine;

/**
 * Hears about runs as they happen; called on the engine's threads, so a UI must hand the calls over to
 * its own thread. {@code trace} can be polled for snapshots while the run goes on.
 */
public interface RunListener {
    default void warmingUp(int index, ModelKind model) {
    }

    default void runStarted(int index, ModelKind model, TraceRecorder trace) {
    }

    default void runFinished(int index, RunOutput output) {
    }

    RunListener NONE = new RunListener() {
    };
}
