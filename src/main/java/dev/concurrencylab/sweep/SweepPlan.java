package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a sweep in the order they are made: every point once, then every point again for each further
 * repeat. The whole curve appears after the first pass, and a slow change in a shared machine's load spreads
 * over all points instead of bending the curve.
 *
 * @param steps one per run
 */
public record SweepPlan(List<Step> steps) {
    /** A sweep compares at most this many models, as the window shows at most four panels. */
    public static final int MAX_MODELS = 4;

    /**
     * One run of the sweep.
     *
     * @param workers the swept value: threads or processes, or the number in flight for virtual and eventloop
     * @param repeat  1 for the first measurement of this point
     */
    public record Step(ModelEntry model, int workers, int repeat) {
    }

    public SweepPlan {
        steps = List.copyOf(steps);
    }

    public static SweepPlan of(List<ModelEntry> models, SweepSpec spec) {
        if (models.isEmpty() || models.size() > MAX_MODELS) {
            throw new ConfigException("models", "a sweep compares 1 to " + MAX_MODELS + " models, was "
                    + models.size());
        }
        List<Step> steps = new ArrayList<>();
        for (int r = 1; r <= spec.repeats(); r++) {
            for (ModelEntry m : models) {
                for (int n : counts(m.kind(), spec)) {
                    steps.add(new Step(m, n, r));
                }
            }
        }
        return new SweepPlan(steps);
    }

    public int size() {
        return steps.size();
    }

    /** True where the model's concurrency can be set: workers, or the number in flight. */
    public static boolean sweeps(ModelKind m) {
        return m.usesWorkers() || m.usesMaxInFlight();
    }

    /** The counts a model is measured at: the sweep's, or its one fixed count for sequential and the like. */
    public static List<Integer> counts(ModelKind m, SweepSpec spec) {
        if (sweeps(m)) {
            return spec.workers();
        }
        return List.of(m == ModelKind.ARTICLE_ASYNCIO ? ModelSettings.articleAsyncioThreads() : 1);
    }

    /** The settings of one point: {@code n} workers, or {@code n} in flight for virtual and eventloop. */
    public static ModelSettings settingsFor(ModelKind m, ModelSettings base, int n) {
        if (m.usesMaxInFlight()) {
            return base.withMaxInFlight(n);
        }
        return m.usesWorkers() ? base.withWorkers(n) : base;
    }

    /** What {@code n} of the swept value is called for a model, for labels: "4 workers", "1 in flight". */
    public static String countName(ModelKind m, int n) {
        String unit = m.usesMaxInFlight() ? "in flight" : m.usesWorkers() ? "worker" : "thread";
        return n + " " + unit + (n == 1 || m.usesMaxInFlight() ? "" : "s");
    }
}
