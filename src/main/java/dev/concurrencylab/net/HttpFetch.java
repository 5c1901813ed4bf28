package dev.concurrencylab.net;

import dev.concurrencylab.engine.IoRequest;
import java.net.URI;

/**
 * One GET of a URL, as an I/O wait of a task.
 *
 * @param uri          what to fetch
 * @param nominalNanos the wait the server is asked for (for the ideal bound); 0 for a real site
 * @param warmupUri    a short request of the same kind for the untimed warm-up
 */
public record HttpFetch(URI uri, long nominalNanos, URI warmupUri) implements IoRequest {
    private static final long WARMUP_NANOS = 1_000_000;

    @Override
    public IoRequest forWarmup() {
        return new HttpFetch(warmupUri, Math.min(nominalNanos, WARMUP_NANOS), warmupUri);
    }
}
