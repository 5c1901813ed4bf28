package dev.concurrencylab.net;

import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The latency server's clock as the app sees it. The server stamps every answer with its {@link System#nanoTime()}
 * when it sent it ({@link #HEADER}); this maps the stamp onto the app's clock. In the app's JVM the two are one
 * clock. A server in a child JVM is probed once at start, as worker processes are: a few requests, the fastest
 * round trip kept. Where its stamp falls inside that round trip the clocks agree to within it (on Linux both JVMs
 * read CLOCK_MONOTONIC) and the offset is 0; elsewhere the offset to the round trip's midpoint is used.
 *
 * @param offsetNanos server clock minus app clock
 */
record ServerClock(long offsetNanos) {
    /** The response header with the server's {@link System#nanoTime()} when it sent the answer. */
    static final String HEADER = "Lab-Sent-Nanos";
    /** A server in the app's own JVM. */
    static final ServerClock SAME = new ServerClock(0);
    /** A stamp that was missing or unreadable. */
    static final long UNKNOWN = Long.MIN_VALUE;
    private static final int PROBES = 8;
    private static final System.Logger LOG = System.getLogger(ServerClock.class.getName());

    /** When the server sent {@code response}, on the app's clock, or {@link #UNKNOWN}. */
    long sentAt(HttpResponse response) {
        long stamp = stamp(response);
        return stamp == UNKNOWN ? UNKNOWN : stamp - offsetNanos;
    }

    private static long stamp(HttpResponse response) {
        Header h = response.getFirstHeader(HEADER);
        if (h == null) {
            return UNKNOWN;
        }
        try {
            return Long.parseLong(h.getValue().trim());
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }

    /** Probes the server at {@code base} (a child JVM's); the first request, which connects, is not counted. */
    static ServerClock measure(URI base) {
        long bestRtt = Long.MAX_VALUE;
        long bestMid = 0;
        long bestStamp = UNKNOWN;
        try (CloseableHttpClient client = HttpClients.createMinimal()) {
            for (int i = 0; i <= PROBES; i++) {
                long t0 = System.nanoTime();
                long[] got = client.execute(new HttpGet(base.resolve("/")), r -> {
                    long t1 = System.nanoTime();
                    EntityUtils.consume(r.getEntity());
                    return new long[] {t1, stamp(r)};
                });
                long rtt = got[0] - t0;
                if (i > 0 && got[1] != UNKNOWN && rtt < bestRtt) {
                    bestRtt = rtt;
                    bestMid = t0 + rtt / 2;
                    bestStamp = got[1];
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot probe the latency server's clock at " + base, e);
        }
        if (bestStamp == UNKNOWN) {
            throw new IllegalStateException("the latency server at " + base + " sent no " + HEADER + " header");
        }
        long offset = bestStamp - bestMid;
        boolean same = Math.abs(offset) <= bestRtt / 2;
        LOG.log(System.Logger.Level.DEBUG, "latency server clock: offset {0} ns over a {1} ns round trip{2}",
                offset, bestRtt, same ? ": one clock" : "");
        return same ? SAME : new ServerClock(offset);
    }
}
