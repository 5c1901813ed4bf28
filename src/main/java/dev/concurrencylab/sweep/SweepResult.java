package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.ExperimentConfig;
import java.util.List;

/**
 * A sweep as measured so far: what was run, every point, and what they say. Immutable, so the window can
 * hand it to a painter or an export while the sweep goes on.
 *
 * @param config   the experiment swept (its worker setting is replaced by each point's count)
 * @param points   the runs measured, in the order they ran
 * @param cores    the cores of the machine they ran on
 * @param analysis medians, speed-ups and fits per model, made from {@code points}
 */
public record SweepResult(ExperimentConfig config, SweepSpec spec, List<SweepPoint> points, int cores,
                          SweepAnalysis analysis) {
    public SweepResult {
        if (config == null || spec == null) {
            throw new IllegalArgumentException("config and spec are required");
        }
        points = List.copyOf(points);
    }

    public static SweepResult of(ExperimentConfig config, SweepSpec spec, List<SweepPoint> points, int cores) {
        return new SweepResult(config, spec, points, cores, SweepAnalysis.of(config, points, cores));
    }

    /** How many runs the whole sweep makes. */
    public int plannedRuns() {
        return SweepPlan.of(config.models(), spec).size();
    }

    /** A point's speed-up against its model's first count. */
    public double speedup(SweepPoint p) {
        ModelCurve c = analysis.curve(p.model());
        return c == null ? 0 : c.speedup(p);
    }
}
