package dev.concurrencylab.net;

import dev.concurrencylab.engine.ConfigException;
import java.time.Duration;

/**
 * What one response may take, whatever the server does: a deadline for the whole response (from the request
 * being sent on its connection to the last byte of the body, so a server that drips a byte every second or
 * streams forever still ends) and a cap on the body's size. Header limits are fixed in {@link HttpClientSettings}.
 *
 * @param deadline     from sending the request to the end of the response
 * @param maxBodyBytes largest body read; a longer one fails the task
 */
public record ResponseLimits(Duration deadline, long maxBodyBytes) {
    /** Beyond the wait the server was asked for: room for a slow loopback under load, never minutes. */
    static final Duration SLACK = Duration.ofSeconds(20);
    /** Four times the largest page the latency server sends (16 MiB), so no lesson ever meets it. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;
    public static final long MAX_DEADLINE_MS = 600_000;

    public ResponseLimits {
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new ConfigException("deadline-ms", "must be positive");
        }
        ConfigException.requireRange("max-body-bytes", maxBodyBytes, 1, Long.MAX_VALUE);
    }

    /**
     * The limits for a workload whose server is asked to wait up to {@code longestWaitMs}: the wait plus 20 s
     * (a whole-response deadline of 20.1 s for the default 100 ms), and a 64 MiB body, unless given.
     *
     * @param deadlineMs   the deadline, or 0 for the default
     * @param maxBodyBytes the body cap, or 0 for the default
     */
    public static ResponseLimits of(long longestWaitMs, long deadlineMs, long maxBodyBytes) {
        Duration deadline = deadlineMs > 0 ? Duration.ofMillis(deadlineMs) : SLACK.plusMillis(longestWaitMs);
        return new ResponseLimits(deadline, maxBodyBytes > 0 ? maxBodyBytes : DEFAULT_MAX_BODY_BYTES);
    }

    /** The reason a task gives when its response ran past the deadline. */
    String deadlineReason() {
        return "deadline: no complete response within " + deadline.toMillis() + " ms";
    }

    /** Fails once a body has grown past the cap; called as it is read, so a body without end stops here. */
    void checkBody(long bytesSoFar) throws RequestFailed {
        if (bytesSoFar > maxBodyBytes) {
            throw new RequestFailed("response body larger than " + maxBodyBytes + " bytes");
        }
    }
}
