package dev.concurrencylab.net;

import dev.concurrencylab.engine.IoRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.util.Timeout;

/** What the blocking and the async session configure alike. */
final class HttpClientSettings {
    /**
     * Waiting for a pooled connection is not a failure of the site: with {@code --max-connections} below the
     * concurrency, threads queue here on purpose, so the wait is long and only guards against a leak.
     */
    private static final Timeout LEASE_TIMEOUT = Timeout.ofMinutes(10);

    /** Header lines a response may have; real sites send 10-40, a server sending them without end is cut here. */
    static final int MAX_HEADERS = 200;
    /** Longest status or header line, in bytes; longer is refused rather than buffered. */
    static final int MAX_LINE = 16 * 1024;
    /** A redirect chain longer than this is a loop or an attack, not a page. */
    static final int MAX_REDIRECTS = 5;

    /**
     * Per-connection I/O buffers: HttpCore's 8 KiB defaults (and more) cost hundreds of MB at 10,000
     * connections, and the garbage collector then pauses for hundreds of ms; 4 KiB is plenty here. HttpCore
     * reads header lines without limit unless told: a server sending headers without end filled the heap.
     */
    static final Http1Config HTTP1 = Http1Config.custom().setBufferSize(4096).setChunkSizeHint(4096)
            .setMaxHeaderCount(MAX_HEADERS).setMaxLineLength(MAX_LINE).setMaxEmptyLineCount(10).build();

    /** The name of the exec step that starts a request's deadline, placed right after the connection is ready. */
    static final String DEADLINE_STEP = "start-response-deadline";

    /** Starts the blocking client's deadline once the connection is ready. */
    static final ExecChainHandler START_DEADLINE = (request, scope, chain) -> {
        startDeadline(scope.clientContext);
        return chain.proceed(request, scope);
    };

    /** Starts the async client's deadline once the connection is ready. */
    static final AsyncExecChainHandler START_DEADLINE_ASYNC = (request, entity, scope, chain, callback) -> {
        startDeadline(scope.clientContext);
        chain.proceed(request, entity, scope, callback);
    };

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
                .setMaxRedirects(MAX_REDIRECTS)
                .build();
    }

    /** A context carrying a request's deadline to {@link #START_DEADLINE}. */
    static HttpClientContext context(ResponseDeadlines.Armed deadline) {
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(ResponseDeadlines.ATTRIBUTE, deadline);
        return context;
    }

    private static void startDeadline(HttpClientContext context) {
        if (context.getAttribute(ResponseDeadlines.ATTRIBUTE) instanceof ResponseDeadlines.Armed deadline) {
            deadline.start();
        }
    }

    static HttpFetch fetch(IoRequest request) {
        if (request instanceof HttpFetch f) {
            return f;
        }
        throw new IllegalArgumentException("an HTTP session cannot perform " + request);
    }
}
