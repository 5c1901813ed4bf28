package dev.concurrencylab.findings;

import dev.concurrencylab.engine.Durations;
import java.util.List;
import java.util.Locale;

/** How findings write their numbers: "850 ms", "2.41 s", "51 %", "tasks 3, 4 and 7". */
public final class Amounts {
    private static final int LISTED = 3;

    private Amounts() {
    }

    /** Milliseconds as people read them, as everything else writes them ({@link Durations}). */
    public static String duration(double ms) {
        return Durations.ms(ms);
    }

    /** Several durations in the unit of the largest, "20 · 21 · 35 ms", "0.41 · 2.51 · 4.98 s". */
    public static String durations(double... ms) {
        double max = java.util.Arrays.stream(ms).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (double v : ms) {
            b.append(b.isEmpty() ? "" : " · ").append(max >= 1000 ? String.format(Locale.ROOT, "%.2f", v / 1000)
                    : max >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v));
        }
        return b.append(max >= 1000 ? " s" : " ms").toString();
    }

    public static String durationNanos(long nanos) {
        return Durations.nanos(nanos);
    }

    /** A share from 0 to 1 as a whole percentage, "51 %". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** One decimal, "1.0". */
    public static String decimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** "1 task", "3 tasks"; "1 process", "2 processes". */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
    }

    /** "task 17", "tasks 3, 4 and 7", "tasks 3, 4, 7 and 12 more"; task ids as people count them (from 0). */
    public static String tasks(List<Integer> ids, int total) {
        if (ids.isEmpty()) {
            return "no task";
        }
        if (total == 1) {
            return "task " + ids.getFirst();
        }
        StringBuilder b = new StringBuilder("tasks ");
        int shown = Math.min(LISTED, ids.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                b.append(i == shown - 1 && total == shown ? " and " : ", ");
            }
            b.append(ids.get(i));
        }
        if (total > shown) {
            b.append(" and ").append(total - shown).append(" more");
        }
        return b.toString();
    }
}
