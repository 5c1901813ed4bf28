package dev.concurrencylab.engine;

import java.io.IOException;

/** A file that is not read, and why, in one sentence without the file's name (the caller knows which field). */
public final class InputFileException extends IOException {
    public InputFileException(String reason) {
        super(reason);
    }
}
