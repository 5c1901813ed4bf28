package dev.concurrencylab.engine;

import java.util.Locale;

/**
 * Durations for people, written one way wherever they appear (panel headers, the summary, tooltips, pictures,
 * findings, the command line's table): three significant digits in the largest unit that keeps the number at 1 or more,
 * e.g. "850 ns", "12.4 µs", "3.21 ms", "58.3 ms", "850 ms", "2.41 s", "12.9 s".
 */
public final class Durations {
    private Durations() {
    }

    /** A duration given in milliseconds; none at all is "0 ms" (a time measured in milliseconds that was 0). */
    public static String ms(double ms) {
        long nanos = Math.round(ms * 1e6);
        return nanos == 0 ? "0 ms" : nanos(nanos);
    }

    /** A duration (or an instant since a run began) given in nanoseconds. */
    public static String nanos(long nanos) {
        long a = Math.abs(nanos);
        if (a < 1_000) {
            return nanos + " ns";
        }
        if (a < 1_000_000) {
            return digits(nanos / 1e3) + " µs";
        }
        if (a < 1_000_000_000) {
            return digits(nanos / 1e6) + " ms";
        }
        return digits(nanos / 1e9) + " s";
    }

    /** Three significant digits for 1 ≤ |v| < 1000, and whole numbers above. */
    private static String digits(double v) {
        double a = Math.abs(v);
        // rounding can carry into the next decade (9.996 → "10.00"): decide on the rounded value
        if (Math.round(a * 100) < 1000) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (Math.round(a * 10) < 1000) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
