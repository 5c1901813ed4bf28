package dev.concurrencylab.net;

import dev.concurrencylab.engine.IoRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.util.Timeout;

/** What the blocking and the async session configure alike. */
final class HttpClientSettings {
    /**
     * Waiting for a pooled connection is not a failure of the site: with {@code --max-connections} below the
     * concurrency, threads queue here on purpose, so the wait is long and only guards against a leak.
     */
    private static final Timeout LEASE_TIMEOUT = Timeout.ofMinutes(10);

    /**
     * Per-connection I/O buffers: HttpCore's 8 KiB defaults (and more) cost hundreds of MB at 10,000
     * connections, and the garbage collector then pauses for hundreds of ms; 4 KiB is plenty here.
     */
    static final Http1Config HTTP1 = Http1Config.custom().setBufferSize(4096).setChunkSizeHint(4096).build();

    private HttpClientSettings() {
    }

    static Timeout timeout(Duration d) {
        return Timeout.of(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    static RequestConfig requestConfig(HttpTimeouts timeouts) {
        return RequestConfig.custom()
                .setConnectionRequestTimeout(LEASE_TIMEOUT)
                .setResponseTimeout(timeout(timeouts.response()))
                .setRedirectsEnabled(true)
                .build();
    }

    static HttpFetch fetch(IoRequest request) {
        if (request instanceof HttpFetch f) {
            return f;
        }
        throw new IllegalArgumentException("an HTTP session cannot perform " + request);
    }
}
