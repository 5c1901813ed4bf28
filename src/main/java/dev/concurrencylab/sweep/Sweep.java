package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.Run;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a sweep: every step of its {@link SweepPlan} is a real run by the engine ({@link Run}, warm-up as
 * usual), one after another, all on the same tasks. A stopped run is left out of the points.
 */
public final class Sweep {
    /** Traces kept for the window, in segments over the whole sweep (about 25 bytes each in memory). */
    public static final long DEFAULT_TRACE_BUDGET = 2_000_000;
    /** A trace is kept only while at least this share of the heap is free, so keeping traces never ends a sweep. */
    private static final double MIN_FREE_HEAP = 0.25;

    private Sweep() {
    }

    /** Builds the workload once, then runs the sweep on it. */
    public static List<SweepPoint> execute(ExperimentConfig config, SweepSpec spec, CancelToken cancel,
                                           SweepListener listener, long traceBudget) throws InterruptedException {
        try (Workload workload = Comparison.prepare(config)) {
            return execute(config, spec, workload, cancel, listener, traceBudget);
        }
    }

    /**
     * @param traceBudget segments of trace to keep with the points (0 keeps none); past it, or when the heap runs
     *                    low, points keep only their results
     */
    public static List<SweepPoint> execute(ExperimentConfig config, SweepSpec spec, Workload workload,
                                           CancelToken cancel, SweepListener listener, long traceBudget)
            throws InterruptedException {
        SweepPlan plan = SweepPlan.of(config.models(), spec);
        List<SweepPoint> points = new ArrayList<>();
        long budget = traceBudget;
        for (int i = 0; i < plan.size() && !cancel.isCancelled(); i++) {
            SweepPlan.Step step = plan.steps().get(i);
            listener.pointBegins(i, plan.size(), step);
            RunOutput out = Run.execute(i, workload, step.model(),
                    SweepPlan.settingsFor(step.model().kind(), config.settings(), step.workers()), cancel,
                    new Started(step, plan.size(), listener));
            if (out.result().cancelled()) {
                break;
            }
            long segments = out.trace().segmentCount();
            boolean keep = segments <= budget && heapHasRoom();
            if (keep) {
                budget -= segments;
            }
            SweepPoint point = new SweepPoint(step.model(), step.workers(), step.repeat(), out.result(),
                    keep ? out.trace() : null);
            points.add(point);
            listener.pointFinished(i, plan.size(), point);
        }
        return points;
    }

    private static boolean heapHasRoom() {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return free > rt.maxMemory() * MIN_FREE_HEAP;
    }

    /** Tells the sweep's listener when a run's measured part begins. */
    private record Started(SweepPlan.Step step, int total, SweepListener listener) implements RunListener {
        @Override
        public void runStarted(int index, ModelKind model, TraceRecorder trace) {
            listener.pointStarted(index, total, step, trace);
        }
    }
}
