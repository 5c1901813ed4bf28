package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Made-up sweep points with chosen wall times, for tests of what is computed and drawn from them. */
public final class SweepFixtures {
    private SweepFixtures() {
    }

    public static RunResult result(ModelKind model, WorkloadKind workload, int workers, int tasks, double wallMs) {
        return new RunResult(model, workload, workers, 0, tasks, wallMs, wallMs, 0.5, tasks * 1000.0 / wallMs,
                wallMs, 1.0, 0, Map.of(), workers, tasks * 2L, 1, 2, 3, 1, 2, 3, null, 2, null, null, false, null, null,
                null, null, null, null, null, null);
    }

    public static SweepPoint point(ModelKind model, int workers, int repeat, int tasks, double wallMs) {
        return new SweepPoint(ModelEntry.of(model), workers, repeat, result(model, WorkloadKind.CPU_HASH, workers, tasks, wallMs),
                null);
    }

    public static ExperimentConfig config(WorkloadKind kind, ModelKind... models) {
        return ExperimentConfig.of(WorkloadConfig.defaults(kind).withTasks(100), List.of(models),
                ModelSettings.defaults());
    }

    /**
     * Points whose throughput follows {@code speedup} exactly (100 tasks, 1 s at the first count), with repeats
     * 2 % slower and faster around it.
     */
    public static List<SweepPoint> curve(ModelKind model, SweepSpec spec, DoubleUnaryOperator speedup) {
        List<SweepPoint> out = new ArrayList<>();
        double base = speedup.applyAsDouble(spec.workers().getFirst());
        for (int r = 1; r <= spec.repeats(); r++) {
            double jitter = spec.repeats() == 1 ? 1 : 1 + 0.02 * (r - 1 - (spec.repeats() - 1) / 2.0);
            for (int n : SweepPlan.counts(model, spec)) {
                double wall = 1000 / (speedup.applyAsDouble(n) / base) * jitter;
                out.add(point(model, n, r, 100, wall));
            }
        }
        return out;
    }

    public static double usl(double n, double alpha, double beta) {
        return n / (1 + alpha * (n - 1) + beta * n * (n - 1));
    }
}
