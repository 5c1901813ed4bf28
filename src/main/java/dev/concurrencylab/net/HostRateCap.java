package dev.concurrencylab.net;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host at least {@code 1 / perSecond} apart, so a class of students cannot flood a
 * real site. Only real URLs are capped; the embedded server is not.
 */
final class HostRateCap {
    /** Real sites: at most 10 requests a second each. */
    static final int REAL_SITE_PER_SECOND = 10;

    private final long intervalNanos;
    private final Map<String, Long> nextSlot = new HashMap<>();

    HostRateCap(int perSecond) {
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    /** Reserves the next start slot for the URI's host; returns how long to wait for it, in nanoseconds. */
    synchronized long reserve(URI uri) {
        long now = System.nanoTime();
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        long slot = Math.max(now, nextSlot.getOrDefault(host, now));
        nextSlot.put(host, slot + intervalNanos);
        return slot - now;
    }
}
