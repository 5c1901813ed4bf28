package dev.concurrencylab.ui;

import java.util.Locale;

/** Formats milliseconds the way people read them: "850 ms", "2.41 s". */
public final class Durations {
    private Durations() {
    }

    public static String format(double ms) {
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000);
        }
        if (ms >= 10) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }
}
