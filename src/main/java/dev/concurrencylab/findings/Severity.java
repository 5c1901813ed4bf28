package dev.concurrencylab.findings;

import java.util.Locale;

/** How much a finding matters: a warning names something that cost time; info explains what was seen. */
public enum Severity {
    WARNING, INFO;

    /** {@code warning} or {@code info}, as in files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
