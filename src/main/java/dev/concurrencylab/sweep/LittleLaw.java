package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;

/**
 * Little's law for an I/O workload: with N requests in flight, each taking the mean latency W, throughput is
 * N ÷ W, until every task is in flight at once (tasks ÷ W).
 *
 * @param meanLatencyMs the mean wait of a task
 * @param tasks         how many tasks a run has
 */
public record LittleLaw(double meanLatencyMs, int tasks) {
    public LittleLaw {
        if (!(meanLatencyMs > 0) || tasks < 1) {
            throw new IllegalArgumentException("latency above 0 and tasks 1 or more, were " + meanLatencyMs + ", "
                    + tasks);
        }
    }

    /** Tasks per second with {@code n} in flight. */
    public double throughput(double n) {
        return Math.min(n, tasks) * 1000 / meanLatencyMs;
    }

    /**
     * The law for a workload that only waits (sleep, or http against the embedded server, whose delay is set
     * here); null for CPU work, mixed work, real sites (their latency is not known) or a latency of 0.
     */
    public static LittleLaw of(WorkloadConfig w) {
        boolean waits = w.kind() == WorkloadKind.SLEEP || (w.kind() == WorkloadKind.HTTP && w.urls().isEmpty());
        double mean = w.latencyMs() + w.jitterMs() / 2.0; // jitter is uniform from 0 to jitterMs
        return waits && mean > 0 ? new LittleLaw(mean, w.tasks()) : null;
    }
}
