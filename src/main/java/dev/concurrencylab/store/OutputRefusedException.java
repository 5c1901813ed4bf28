package dev.concurrencylab.store;

import java.io.IOException;

/** An output path that is not written, and why: read-only, a folder, a block device, a folder that is missing. */
public final class OutputRefusedException extends IOException {
    private final String reason;

    public OutputRefusedException(String file, String reason) {
        super(file + ": " + reason);
        this.reason = reason;
    }

    /** Why, without the file name. */
    public String reason() {
        return reason;
    }
}
