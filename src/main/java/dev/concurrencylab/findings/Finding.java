package dev.concurrencylab.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fact computed from one run's trace (and, for {@link FindingKind#NO_GAIN}, from the comparison), with its
 * numbers and where it happened.
 *
 * @param kind        what it is about
 * @param severity    warning or info
 * @param message     one sentence with its numbers, e.g. "2 threads, 1.0 cores used on average: 51 % of thread
 *                    time waiting for the GIL"
 * @param startNanos  where it happened: the span's start, in nanoseconds since the run's origin
 * @param endNanos    the span's end (at or after the start)
 * @param lanes       ids of the lanes it concerns (as in the trace), possibly none
 * @param tasks       ids of the tasks it concerns, most telling first, at most {@link #MAX_TASKS}
 * @param values      the message's numbers by name, unrounded (what a lesson's takeaway may quote)
 */
public record Finding(FindingKind kind, Severity severity, String message, long startNanos, long endNanos,
                      List<Integer> lanes, List<Integer> tasks, Map<String, Double> values) {
    /** Tasks named at most: a finding about 100,000 failed tasks names the first few. */
    public static final int MAX_TASKS = 50;

    public Finding {
        if (kind == null || severity == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a kind, a severity and a message");
        }
        if (startNanos < 0 || endNanos < startNanos) {
            throw new IllegalArgumentException("span " + startNanos + ".." + endNanos + " is not a span");
        }
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        tasks = tasks == null ? List.of() : List.copyOf(tasks.subList(0, Math.min(tasks.size(), MAX_TASKS)));
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        for (String name : values.keySet()) {
            if (!kind.valueNames().contains(name)) {
                throw new IllegalArgumentException(kind + " names no value '" + name + "'; it has " + kind.valueNames());
            }
        }
    }

    public double startMs() {
        return startNanos / 1e6;
    }

    public double endMs() {
        return endNanos / 1e6;
    }

    /** A named number of the message; NaN where this finding has none by that name. */
    public double value(String name) {
        Double v = values.get(name);
        return v == null ? Double.NaN : v;
    }
}
