package dev.concurrencylab.net;

import dev.concurrencylab.engine.IoCallback;
import dev.concurrencylab.engine.IoOutcome;
import dev.concurrencylab.engine.IoRequest;
import dev.concurrencylab.engine.IoSession;
import dev.concurrencylab.engine.LoopTimers;
import dev.concurrencylab.engine.WaitMarks;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;

/**
 * Blocking GETs with HttpClient 5's classic client, for the thread-based models. The connection pool is
 * sized to the model's concurrency (or to a limit the user chose): HttpClient's default of 5 per route
 * would silently queue the threads of a larger pool behind 5 connections. Each wait is told in parts: the wait
 * for a pooled connection, and, from the latency server, when it sent its answer and when the thread had read
 * the answer's head (a real site's sending time is unknown, so its wait stays one).
 */
final class BlockingHttpSession implements IoSession {
    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager connections;
    private final HttpTimeouts timeouts;
    private final ResponseLimits limits;
    private final HostRateCap rateCap;
    private final ServerClock serverClock;
    private final InterruptWatch interrupts = new InterruptWatch();
    private final ResponseDeadlines deadlines;

    /** @param serverClock the latency server's clock, or null for real sites, whose stamps are not trusted */
    BlockingHttpSession(int poolSize, HttpTimeouts timeouts, ResponseLimits limits, HostRateCap rateCap,
                        ServerClock serverClock) {
        this.timeouts = timeouts;
        this.limits = limits;
        this.rateCap = rateCap;
        this.serverClock = serverClock;
        this.deadlines = new ResponseDeadlines(limits);
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(poolSize)
                .setMaxConnPerRoute(poolSize)
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder().http1Config(HttpClientSettings.HTTP1).build())
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true)
                        .setSoTimeout(HttpClientSettings.timeout(timeouts.response())).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(HttpClientSettings.timeout(timeouts.connect()))
                        .setSocketTimeout(HttpClientSettings.timeout(timeouts.response()))
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(new TimedLeases(connections))
                .setDefaultRequestConfig(HttpClientSettings.requestConfig(timeouts))
                .addExecInterceptorAfter(ChainElement.CONNECT.name(), HttpClientSettings.DEADLINE_STEP,
                        HttpClientSettings.START_DEADLINE)
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    @Override
    public IoOutcome call(IoRequest request, WaitMarks marks) throws Exception {
        HttpFetch fetch = HttpClientSettings.fetch(request);
        if (rateCap != null) {
            TimeUnit.NANOSECONDS.sleep(rateCap.reserve(fetch.uri()));
        }
        HttpGet get = new HttpGet(fetch.uri());
        interrupts.watch(get);
        ResponseDeadlines.Armed deadline = deadlines.create(get::cancel);
        TimedLeases.during(marks);
        try {
            return client.execute(get, HttpClientSettings.context(deadline), response -> {
                long head = System.nanoTime();
                long sent = serverClock == null ? ServerClock.UNKNOWN : serverClock.sentAt(response);
                if (sent != ServerClock.UNKNOWN) {
                    marks.causeEnded(sent);
                    marks.resumed(head);
                }
                int status = response.getCode();
                long bytes;
                try {
                    bytes = drain(response.getEntity());
                } catch (RequestFailed tooBig) {
                    get.cancel(); // closing the stream would read the rest of a body that may never end
                    throw tooBig;
                }
                if (status >= 400) {
                    throw RequestFailed.status(status);
                }
                return new IoOutcome(status, bytes);
            });
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled");
            }
            if (deadline.fired()) {
                throw new RequestFailed(limits.deadlineReason(), e);
            }
            throw RequestFailed.of(e, timeouts, fetch.uri());
        } finally {
            deadline.stop();
            TimedLeases.done();
            interrupts.unwatch(get);
        }
    }

    /**
     * Reads the body to its end, counting it. Past the cap it throws without closing the stream: closing reads
     * the rest, which for a body without end never comes; the caller drops the connection instead.
     */
    private long drain(HttpEntity entity) throws IOException {
        if (entity == null) {
            return 0;
        }
        long n = 0;
        byte[] buf = new byte[2048];
        InputStream in = entity.getContent();
        for (int r; (r = in.read(buf)) >= 0; ) {
            n += r;
            limits.checkBody(n);
        }
        in.close();
        return n;
    }

    @Override
    public void callAsync(IoRequest request, LoopTimers timers, IoCallback callback) {
        throw new UnsupportedOperationException("a blocking HTTP session serves call(); the event loop uses the async one");
    }

    @Override
    public void close() {
        interrupts.close();
        deadlines.close();
        client.close(CloseMode.IMMEDIATE);
    }
}
