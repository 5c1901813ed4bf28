package dev.concurrencylab.net;

import dev.concurrencylab.engine.ConfigException;
import java.util.Map;

/**
 * How the latency server answers one request: the delay, the body, and any injected fault. Made from the
 * server's defaults, overridden by the request's query parameters.
 *
 * @param delayMs   base delay before the answer
 * @param bodyBytes size of the body
 * @param jitterMs  extra delay, drawn by {@code jitter}
 * @param jitter    how the extra delay is drawn
 * @param errorRate share of requests answered with HTTP 500
 * @param resetRate share of requests whose connection is reset instead of answered
 * @param stallRate share of requests never answered (until the client gives up)
 * @param slowMs    spread the body over this many milliseconds (a slow body), 0 to send it at once
 */
public record Reply(double delayMs, int bodyBytes, double jitterMs, Jitter jitter,
                    double errorRate, double resetRate, double stallRate, double slowMs) {

    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    public static final double MAX_DELAY_MS = 600_000;

    /** The query parameters a request may use, for the server's help text. */
    public static final String PARAMETERS = "delay=MS, bytes=N, jitter=MS, dist=fixed|uniform|lognormal, "
            + "error=RATE (HTTP 500), reset=RATE, stall=RATE, slow=MS (body spread over MS)";

    public Reply {
        ConfigException.requireRange("delay", delayMs, 0, MAX_DELAY_MS);
        ConfigException.requireRange("bytes", bodyBytes, 0, MAX_BODY_BYTES);
        ConfigException.requireRange("jitter", jitterMs, 0, MAX_DELAY_MS);
        ConfigException.requireRange("error", errorRate, 0, 1);
        ConfigException.requireRange("reset", resetRate, 0, 1);
        ConfigException.requireRange("stall", stallRate, 0, 1);
        ConfigException.requireRange("slow", slowMs, 0, MAX_DELAY_MS);
        if (jitter == null) {
            jitter = Jitter.FIXED;
        }
    }

    /** 100 ms, 1 KiB, no jitter, no faults. */
    public static Reply defaults() {
        return new Reply(100, 1024, 0, Jitter.FIXED, 0, 0, 0, 0);
    }

    public Reply withDelayMs(double v) {
        return new Reply(v, bodyBytes, jitterMs, jitter, errorRate, resetRate, stallRate, slowMs);
    }

    public Reply withBodyBytes(int v) {
        return new Reply(delayMs, v, jitterMs, jitter, errorRate, resetRate, stallRate, slowMs);
    }

    public Reply withJitter(double ms, Jitter how) {
        return new Reply(delayMs, bodyBytes, ms, how, errorRate, resetRate, stallRate, slowMs);
    }

    /** These defaults, overridden by query parameters; a bad value throws a {@link ConfigException}. */
    public Reply with(Map<String, String> query) {
        return new Reply(
                number(query, "delay", delayMs),
                (int) number(query, "bytes", bodyBytes),
                number(query, "jitter", jitterMs),
                query.containsKey("dist") ? Jitter.parse(query.get("dist")) : jitter,
                number(query, "error", errorRate),
                number(query, "reset", resetRate),
                number(query, "stall", stallRate),
                number(query, "slow", slowMs));
    }

    private static double number(Map<String, String> query, String name, double fallback) {
        String v = query.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(name, "must be a number, was '" + v + "'");
        }
    }
}
