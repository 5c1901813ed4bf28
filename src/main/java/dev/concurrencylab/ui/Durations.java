package dev.concurrencylab.ui;

import dev.concurrencylab.findings.Amounts;

/** Formats milliseconds the way people read them: "850 ms", "2.41 s" (as findings write them). */
public final class Durations {
    private Durations() {
    }

    public static String format(double ms) {
        return Amounts.duration(ms);
    }
}
