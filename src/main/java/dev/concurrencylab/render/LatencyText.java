package dev.concurrencylab.render;

import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.findings.Amounts;

/** A run's latency percentiles as one labelled line, the same in the window's summary and the command line's. */
public final class LatencyText {
    /** What the two kinds of latency measure, for a tooltip or a legend. */
    public static final String MEANING = "service: from a task's start to its end (the work); response: from its "
            + "submission to its end (what a caller waited, the queue included); p50 · p95 · p99";

    private LatencyText() {
    }

    /** "service 20 · 21 · 21 ms, response 2.51 · 4.70 · 4.98 s (p50 · p95 · p99)": short, for the summary. */
    public static String compact(RunResult r) {
        return "service " + Amounts.durations(r.serviceP50Ms(), r.serviceP95Ms(), r.serviceP99Ms()) + ", response "
                + Amounts.durations(r.responseP50Ms(), r.responseP95Ms(), r.responseP99Ms()) + " (p50 · p95 · p99)";
    }

    /** "service (start → end) p50 20 ms, p95 21 ms, p99 21 ms · response (submitted → end) p50 2.51 s, …". */
    public static String line(RunResult r) {
        return "service (start → end) " + three(r.serviceP50Ms(), r.serviceP95Ms(), r.serviceP99Ms())
                + " · response (submitted → end) " + three(r.responseP50Ms(), r.responseP95Ms(), r.responseP99Ms());
    }

    private static String three(double p50, double p95, double p99) {
        return "p50 " + Amounts.duration(p50) + ", p95 " + Amounts.duration(p95) + ", p99 " + Amounts.duration(p99);
    }
}
