package dev.concurrencylab.net;

import java.time.Duration;

/**
 * How long a request may take before it fails.
 *
 * @param connect  to open a connection
 * @param response between sending the request and receiving data (the socket read timeout)
 */
public record HttpTimeouts(Duration connect, Duration response) {
    /** Long enough to ride out a few SYN retransmits (1 s, 3 s) when a burst overflows a busy accept queue. */
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration SLACK = Duration.ofSeconds(10);

    /** For a workload whose server is asked to wait up to {@code longestWaitMs}: the wait plus 10 s. */
    public static HttpTimeouts forWait(long longestWaitMs) {
        return new HttpTimeouts(CONNECT, SLACK.plusMillis(longestWaitMs));
    }
}
