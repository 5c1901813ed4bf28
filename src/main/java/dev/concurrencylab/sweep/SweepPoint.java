package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.TraceSnapshot;

/**
 * One measured run of a sweep.
 *
 * @param workers the swept value (see {@link SweepPlan.Step#workers()})
 * @param repeat  1 for the first measurement of this point
 * @param result  what the run measured
 * @param trace   the run's whole trace, or null where it was not kept (memory, or read from a file)
 */
public record SweepPoint(ModelEntry model, int workers, int repeat, RunResult result, TraceSnapshot trace) {
    public SweepPoint {
        if (model == null || result == null) {
            throw new IllegalArgumentException("model and result are required");
        }
        if (workers < 1 || repeat < 1) {
            throw new IllegalArgumentException("workers and repeat start at 1, were " + workers + ", " + repeat);
        }
    }

    /** Tasks per second: tasks ÷ wall. */
    public double throughput() {
        return result.wallMs() > 0 ? result.tasks() * 1000.0 / result.wallMs() : 0;
    }

    public double wallMs() {
        return result.wallMs();
    }

    /** The run as the comparison view shows it, or null without a trace. */
    public RunOutput output() {
        return trace == null ? null : new RunOutput(result, trace);
    }

    public SweepPoint withoutTrace() {
        return trace == null ? this : new SweepPoint(model, workers, repeat, result, null);
    }
}
