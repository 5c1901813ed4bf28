package dev.concurrencylab.net;

import java.net.InetSocketAddress;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.hc.core5.http.HttpConnection;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.Http1StreamListener;
import org.apache.hc.core5.http.impl.bootstrap.AsyncServerBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.ListenerEndpoint;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** How the latency server's HttpCore server is built, so that it can be built again on the same port. */
final class SiteServer {
    private static final System.Logger LOG = System.getLogger(SiteServer.class.getName());
    /**
     * HttpCore allocates three buffers of this size per connection, held while its answer waits: at 4 KiB,
     * 10,000 waiting requests held 125 MB of them, which every young collection during a run copied. A
     * request is a few hundred bytes and a bigger body is written in several goes, so 1 KiB (33 MB) is plenty.
     */
    private static final int BUFFER_BYTES = 1024;

    private final Reply defaults;
    private final ScheduledExecutorService timer;
    private final ConnectionGuard guard;
    private final Timeout idle;
    private final String canonical;
    private final int backlog;
    private volatile Consumer<Exception> acceptFailed = e -> { };
    private final AtomicBoolean restarting = new AtomicBoolean();

    SiteServer(Reply defaults, ScheduledExecutorService timer, ConnectionGuard guard, Timeout idle, String canonical,
               int backlog) {
        this.defaults = defaults;
        this.timer = timer;
        this.guard = guard;
        this.idle = idle;
        this.canonical = canonical;
        this.backlog = backlog;
    }

    /** What to do, on the timer and once per burst, when the listener has died of a failed accept. */
    void onAcceptFailure(Consumer<Exception> action) {
        acceptFailed = action;
    }

    /**
     * Loads now what the first log record loads (the time-zone database, a file): logged first while the file
     * handles were gone, its loading failed for good and took the listener's and the timer's threads with it.
     */
    static void prepareForNoFiles() {
        java.time.ZoneId.systemDefault();
        LOG.log(System.Logger.Level.DEBUG, "latency server: logging ready");
    }

    HttpAsyncServer create() {
        return AsyncServerBootstrap.bootstrap()
                // Every request is ours, whatever its Host header (127.0.0.1, localhost, …): HttpCore's own
                // router answers 421 Misdirected to any host but the canonical name.
                .setCanonicalHostName(canonical)
                .setRequestRouter((request, context) -> () -> new SiteExchange(defaults, timer, guard, idle))
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setBacklogSize(backlog)
                        .setSoReuseAddress(true) // listening again on the port while old connections linger
                        .setTcpNoDelay(true)
                        .setSoTimeout(idle)
                        .setSelectInterval(TimeValue.ofMilliseconds(100))
                        .build())
                .setHttp1Config(Http1Config.custom()
                        .setBufferSize(BUFFER_BYTES)
                        .setChunkSizeHint(BUFFER_BYTES)
                        .setInitialWindowSize(BUFFER_BYTES)
                        .build())
                .setStreamListener(new Http1StreamListener() {
                    @Override
                    public void onRequestHead(HttpConnection connection, HttpRequest request) {
                        SiteExchange.ARRIVING_ON.set(connection);
                    }

                    @Override
                    public void onResponseHead(HttpConnection connection, HttpResponse response) {
                    }

                    @Override
                    public void onExchangeComplete(HttpConnection connection, boolean keepAlive) {
                    }
                })
                .setIOSessionListener(guard)
                .setExceptionCallback(this::failed)
                .create();
    }

    /** Starts a server built here and listens; returns the port bound. */
    static int listen(HttpAsyncServer server, InetSocketAddress at)
            throws ExecutionException, TimeoutException, InterruptedException {
        server.start();
        ListenerEndpoint endpoint = server.listen(at, URIScheme.HTTP).get(10, TimeUnit.SECONDS);
        return ((InetSocketAddress) endpoint.getAddress()).getPort();
    }

    /** HttpCore's reactors report here; only a failed accept (no file handle) ends the listener. */
    private void failed(Exception e) {
        boolean accept = String.valueOf(e.getMessage()).contains("open files");
        if (accept && restarting.compareAndSet(false, true)) {
            timer.schedule(() -> {
                try {
                    acceptFailed.accept(e);
                } finally {
                    restarting.set(false);
                }
            }, 100, TimeUnit.MILLISECONDS);
        }
        LOG.log(accept ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG, "latency server: {0}", e.toString());
    }
}
