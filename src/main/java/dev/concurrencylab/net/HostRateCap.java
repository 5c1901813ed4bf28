package dev.concurrencylab.net;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces requests to one host at least {@code 1 / perSecond} apart, so a class of students cannot flood a
 * real site. Loopback hosts (the embedded server, or {@code serve}) are not capped.
 */
public final class HostRateCap {
    /** Real sites: at most 10 requests a second each. */
    public static final int REAL_SITE_PER_SECOND = 10;

    private final long intervalNanos;
    private final Map<String, Long> nextSlot = new HashMap<>();

    HostRateCap(int perSecond) {
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    /** False for loopback hosts, which are ours. */
    public static boolean capped(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return !(host.equals("localhost") || host.startsWith("127."));
    }

    /** Reserves the next start slot for the URI's host; returns how long to wait for it, in nanoseconds. */
    synchronized long reserve(URI uri) {
        if (!capped(uri)) {
            return 0;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        long now = System.nanoTime();
        long slot = Math.max(now, nextSlot.getOrDefault(host, now));
        nextSlot.put(host, slot + intervalNanos);
        return slot - now;
    }
}
