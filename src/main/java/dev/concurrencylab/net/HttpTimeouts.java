package dev.concurrencylab.net;

import java.time.Duration;

/**
 * How long a request may take before it fails.
 *
 * @param connect  to open a connection
 * @param response between sending the request and receiving data (the socket read timeout)
 */
public record HttpTimeouts(Duration connect, Duration response) {
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration SLACK = Duration.ofSeconds(10);

    /** For a workload whose server is asked to wait up to {@code longestWaitMs}: the wait plus 10 s. */
    public static HttpTimeouts forWait(long longestWaitMs) {
        return new HttpTimeouts(CONNECT, SLACK.plusMillis(longestWaitMs));
    }
}
