package dev.concurrencylab.net;

import dev.concurrencylab.engine.IoCallback;
import dev.concurrencylab.engine.IoOutcome;
import dev.concurrencylab.engine.IoRequest;
import dev.concurrencylab.engine.IoSession;
import dev.concurrencylab.engine.LoopTimers;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.WaitMarks;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;

/**
 * Non-blocking GETs with HttpClient 5's async client, for the event loop: one I/O reactor thread keeps
 * every request in flight; completions are handed to the caller's callback from that thread. HTTP/1.1
 * is forced and automatic retries are off, so every failure shows as a failed task.
 */
final class AsyncHttpSession implements IoSession {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final CloseableHttpAsyncClient client;
    private final HttpTimeouts timeouts;
    private final ResponseLimits limits;
    private final HostRateCap rateCap;
    private final ResponseDeadlines deadlines;
    private final List<Thread> reactorThreads = new CopyOnWriteArrayList<>();

    AsyncHttpSession(int poolSize, HttpTimeouts timeouts, ResponseLimits limits, HostRateCap rateCap) {
        this.timeouts = timeouts;
        this.limits = limits;
        this.rateCap = rateCap;
        this.deadlines = new ResponseDeadlines(limits);
        this.client = HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(1)
                        .setTcpNoDelay(true)
                        .setSoTimeout(HttpClientSettings.timeout(timeouts.response()))
                        .setSelectInterval(TimeValue.ofMilliseconds(100))
                        .build())
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(poolSize)
                        .setMaxConnPerRoute(poolSize)
                        .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(HttpClientSettings.timeout(timeouts.connect()))
                                .setSocketTimeout(HttpClientSettings.timeout(timeouts.response()))
                                .build())
                        .build())
                .setDefaultRequestConfig(HttpClientSettings.requestConfig(timeouts))
                .addExecInterceptorAfter(ChainElement.CONNECT.name(), HttpClientSettings.DEADLINE_STEP,
                        HttpClientSettings.START_DEADLINE_ASYNC)
                .setHttp1Config(HttpClientSettings.HTTP1)
                .setThreadFactory(r -> {
                    Thread t = new Thread(r, "http-reactor");
                    t.setDaemon(true);
                    reactorThreads.add(t);
                    return t;
                })
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
        client.start();
    }

    @Override
    public void callAsync(IoRequest request, LoopTimers timers, IoCallback callback) {
        HttpFetch fetch = HttpClientSettings.fetch(request);
        long wait = rateCap == null ? 0 : rateCap.reserve(fetch.uri());
        if (wait > 0) {
            timers.schedule(wait, () -> start(fetch, callback));
        } else {
            start(fetch, callback);
        }
    }

    /**
     * Sends one GET. Exactly one of the callback's methods runs for it, whatever the server does: the body is
     * counted, never kept, and capped; the deadline cancels a response that has not ended in time.
     */
    private Future<?> start(HttpFetch fetch, IoCallback callback) {
        SimpleHttpRequest get = SimpleRequestBuilder.get(fetch.uri()).build();
        CompletableFuture<Future<?>> request = new CompletableFuture<>();
        ResponseDeadlines.Armed deadline = deadlines.create(() -> request.thenAccept(f -> f.cancel(true)));
        Future<?> f = client.execute(SimpleRequestProducer.create(get), new CountingResponseConsumer(limits), null,
                HttpClientSettings.context(deadline), new FutureCallback<CountingResponseConsumer.Counted>() {
                    @Override
                    public void completed(CountingResponseConsumer.Counted response) {
                        long at = System.nanoTime();
                        deadline.stop();
                        int status = response.head().getCode();
                        if (status >= 400) {
                            callback.failed(RequestFailed.status(status), at);
                        } else {
                            callback.completed(new IoOutcome(status, response.bodyBytes()), at);
                        }
                    }

                    @Override
                    public void failed(Exception e) {
                        deadline.stop();
                        callback.failed(RequestFailed.of(e, timeouts, fetch.uri()), System.nanoTime());
                    }

                    @Override
                    public void cancelled() {
                        deadline.stop();
                        callback.failed(new RequestFailed(deadline.fired() ? limits.deadlineReason()
                                : TaskTable.CANCELLED), System.nanoTime());
                    }
                });
        request.complete(f);
        return f;
    }

    /**
     * Blocks the calling thread on the async client, its wait over when the reactor has the answer; the
     * thread-based models use the classic client instead.
     */
    @Override
    public IoOutcome call(IoRequest request, WaitMarks marks) throws Exception {
        CompletableFuture<IoOutcome> done = new CompletableFuture<>();
        Future<?> f = start(HttpClientSettings.fetch(request), new IoCallback() {
            @Override
            public void completed(IoOutcome outcome, long atNanoTime) {
                marks.causeEnded(atNanoTime);
                done.complete(outcome);
            }

            @Override
            public void failed(Throwable error, long atNanoTime) {
                done.completeExceptionally(error);
            }
        });
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception failure ? failure : e; // already a RequestFailed
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        }
    }

    /** CPU time of the I/O reactor thread: the event loop's share of the work that happens off its own thread. */
    @Override
    public long ownCpuNanos() {
        long sum = 0;
        for (Thread t : reactorThreads) {
            long c = THREADS.getThreadCpuTime(t.threadId());
            if (c > 0) {
                sum += c;
            }
        }
        return sum;
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
        deadlines.close();
    }
}
