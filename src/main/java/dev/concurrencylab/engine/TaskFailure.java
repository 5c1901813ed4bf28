package dev.concurrencylab.engine;

import java.io.IOException;

/**
 * A task's I/O failed, and the message already says why in words a student can read ("HTTP 500", "unknown host
 * example.invalid"): the trace records the message alone, without the exception's class name.
 */
public class TaskFailure extends IOException {
    private static final long serialVersionUID = 1L;

    public TaskFailure(String reason) {
        super(reason);
    }

    public TaskFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
