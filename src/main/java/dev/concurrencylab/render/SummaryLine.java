package dev.concurrencylab.render;

import dev.concurrencylab.engine.Durations;
import dev.concurrencylab.engine.RunResult;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words beside each model's bar in the summary, in the window and in pictures: wall time, ideal bound,
 * speed-up against the first model, CPU use, and what went wrong ("3 failed: HTTP 500 ×2, unknown host
 * example.invalid"). A stopped run shows no speed-up, and nothing shows a speed-up against a stopped baseline:
 * a run cut short is not faster.
 */
public final class SummaryLine {
    private static final String SEP = " · ";
    /** Failure reasons named at most, most frequent first; the rest are counted. */
    private static final int MAX_REASONS = 2;

    private SummaryLine() {
    }

    /** The chart's heading line beside "Wall time per model". */
    public static String key(RunResult first) {
        return "bar: measured wall · ┃ ideal bound · speed-up against " + (first == null ? "the first"
                : first.label());
    }

    /**
     * @param first     the baseline (the first model's result); {@code r} itself for the first row
     * @param published a published time to quote beside the measured one ({@link PublishedTimes#beside}), or
     *                  null or "" for none
     */
    public static String of(RunResult r, RunResult first, String published) {
        StringBuilder b = new StringBuilder(Durations.ms(r.wallMs()));
        b.append(SEP).append("bound ").append(Durations.ms(r.boundMs()));
        b.append(SEP).append(speedUp(r, first));
        b.append(SEP).append(String.format(Locale.ROOT, "CPU %.0f %%", r.cpuUtilization() * 100));
        if (r.errors() > 0) {
            b.append(SEP).append(failures(r));
        }
        if (published != null && !published.isEmpty()) {
            b.append(SEP).append(published);
        }
        return b.toString();
    }

    /** "2.41×", "baseline", "stopped", or "speed-up —" against a stopped baseline. */
    public static String speedUp(RunResult r, RunResult first) {
        if (r.cancelled()) {
            return "stopped";
        }
        if (r == first) {
            return "baseline";
        }
        if (first == null || first.cancelled() || r.wallMs() <= 0) {
            return "speed-up —";
        }
        return String.format(Locale.ROOT, "%.2f×", first.wallMs() / r.wallMs());
    }

    /** "3 failed: HTTP 500", "5 failed: HTTP 500 ×3, unknown host a.invalid ×2", "9 failed: … and 2 more reasons". */
    public static String failures(RunResult r) {
        Map<String, Integer> reasons = r.errorReasons();
        String named = reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_REASONS)
                .map(e -> reasons.size() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
        String more = reasons.size() > MAX_REASONS ? " and " + (reasons.size() - MAX_REASONS) + " more reasons" : "";
        return r.errors() + " failed" + (named.isEmpty() ? "" : ": " + named + more);
    }
}
