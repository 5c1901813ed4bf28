package dev.concurrencylab.sweep;

/**
 * One count of a model's curve over its repeats: the median and the range of what was measured.
 *
 * @param workers    the swept value
 * @param runs       how many repeats were measured
 * @param throughput median tasks per second
 * @param speedup    median speed-up against the model's first count
 * @param wallMs     median wall time
 */
public record CurvePoint(int workers, int runs, double throughput, double minThroughput, double maxThroughput,
                         double speedup, double minSpeedup, double maxSpeedup, double wallMs) {
}
