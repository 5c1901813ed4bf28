package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.TraceRecorder;

/** Hears about a sweep's runs as they happen, on the engine's threads (a UI hands the calls to its own). */
public interface SweepListener {
    /** Run {@code index} (0-based) of {@code total} begins: its warm-up, then the measured run. */
    default void pointBegins(int index, int total, SweepPlan.Step step) {
    }

    /** Run {@code index} has begun measuring; warm-up is over. */
    default void pointStarted(int index, int total, SweepPlan.Step step, TraceRecorder trace) {
    }

    default void pointFinished(int index, int total, SweepPoint point) {
    }

    SweepListener NONE = new SweepListener() {
    };
}
