package dev.concurrencylab.net;

import dev.concurrencylab.engine.IoRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;

/** What the blocking and the async session configure alike. */
final class HttpClientSettings {
    /**
     * Waiting for a pooled connection is not a failure of the site: with {@code --max-connections} below the
     * concurrency, threads queue here on purpose, so the wait is long and only guards against a leak.
     */
    private static final Timeout LEASE_TIMEOUT = Timeout.ofMinutes(10);

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
