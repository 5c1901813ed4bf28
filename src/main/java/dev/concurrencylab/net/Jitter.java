package dev.concurrencylab.net;

import dev.concurrencylab.engine.ConfigException;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** How the latency server draws the extra delay ("jitter") it adds to a request's base delay. */
public enum Jitter {
    /** Always exactly the jitter: a fixed extra delay. */
    FIXED,
    /** Uniform between 0 and the jitter. */
    UNIFORM,
    /** Log-normal with the jitter as its median: mostly short, with the long tail real sites have. */
    LOGNORMAL;

    /** The cap on a drawn extra delay, so a log-normal tail cannot hold a request for minutes. */
    static final double MAX_EXTRA_MS = 60_000;

    /** Draws an extra delay in milliseconds for a jitter of {@code jitterMs}. */
    double draw(double jitterMs, RandomGenerator random) {
        if (jitterMs <= 0) {
            return 0;
        }
        double v = switch (this) {
            case FIXED -> jitterMs;
            case UNIFORM -> random.nextDouble() * jitterMs;
            case LOGNORMAL -> jitterMs * Math.exp(random.nextGaussian());
        };
        return Math.min(v, MAX_EXTRA_MS);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Jitter parse(String text) {
        for (Jitter j : values()) {
            if (j.id().equalsIgnoreCase(text.trim())) {
                return j;
            }
        }
        throw new ConfigException("dist", "unknown jitter distribution '" + text + "'; allowed: fixed, uniform, lognormal");
    }
}
