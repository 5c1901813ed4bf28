package dev.concurrencylab.net;

import dev.concurrencylab.engine.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * A web server on loopback whose pages answer after a chosen delay, with optional jitter and faults:
 * {@code GET /site/{n}?delay=MS&bytes=N&jitter=MS&dist=uniform&error=0.1&reset=0&stall=0&slow=0}.
 * Built on HttpCore 5's non-blocking server; answers are sent from one timer thread, so 10,000 waiting
 * requests cost connections and small objects, not threads.
 */
public final class LatencyServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LatencyServer.class.getName());
    /**
     * The kernel's cap here; the default 50 drops connects under a burst, which retry after 1 s, 3 s, … Smaller
     * where the open-file limit is low: HttpCore accepts a whole backlog in one go, and its listener dies for
     * good if an accept fails for want of a file handle.
     */
    private static final int MAX_BACKLOG = 4096;
    /** Files the server's process keeps for itself: jars, selectors, pipes. */
    private static final int OWN_FILES = 64;
    /**
     * A connection with nothing to do (no request, or a request stalled on purpose) is closed after this; one
     * whose answer is due later is kept until then plus this. Without it, idle connections stayed forever.
     */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    private final SiteServer site;
    private final ScheduledThreadPoolExecutor timer;
    private final ConnectionGuard guard;
    private HttpAsyncServer server;
    private boolean closed;
    private final String host;
    private final int port;
    private final Reply defaults;

    private LatencyServer(HttpAsyncServer server, SiteServer site, ScheduledThreadPoolExecutor timer,
                          ConnectionGuard guard, String host, int port, Reply defaults) {
        this.server = server;
        this.site = site;
        this.timer = timer;
        this.guard = guard;
        this.host = host;
        this.port = port;
        this.defaults = defaults;
    }

    /** Starts on 127.0.0.1 on a free port. */
    public static LatencyServer start(Reply defaults) {
        return start("127.0.0.1", 0, defaults);
    }

    /**
     * Starts on a loopback address; any other address is refused, so lessons never open a port to the network.
     *
     * @param port a port, or 0 for a free one
     */
    public static LatencyServer start(String host, int port, Reply defaults) {
        return start(host, port, defaults, IDLE_TIMEOUT);
    }

    /**
     * Most connections the server keeps open at once: what the open-file limit leaves, less room for a full
     * listen backlog accepted in one go, so accepting never fails for want of a file handle.
     */
    public static int connectionCap() {
        long free = OpenFileBudget.free(OWN_FILES);
        return (int) Math.max(16, Math.min(Integer.MAX_VALUE, free - backlog()));
    }

    /** The listen backlog: at most half of the files left, so a backlog accepted in one go always fits. */
    static int backlog() {
        return (int) Math.max(16, Math.min(MAX_BACKLOG, OpenFileBudget.free(OWN_FILES) / 2));
    }

    /** As {@link #start(String, int, Reply)}, closing connections that stay idle for {@code idle}. */
    public static LatencyServer start(String host, int port, Reply defaults, Duration idle) {
        InetAddress address = loopback(host);
        ConfigException.requireRange("port", port, 0, 65_535);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "latency-server-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        ConnectionGuard guard = new ConnectionGuard(connectionCap(), timer);
        Timeout idleTimeout = Timeout.ofMilliseconds(idle.toMillis());
        String canonical = address.getHostAddress();
        InetSocketAddress at = new InetSocketAddress(address, port);
        SiteServer.prepareForNoFiles();
        SiteServer site = new SiteServer(defaults, timer, guard, idleTimeout, canonical, backlog());
        HttpAsyncServer server = site.create();
        try {
            int bound = SiteServer.listen(server, at);
            LOG.log(System.Logger.Level.DEBUG, "latency server on {0}:{1}", canonical, bound);
            LatencyServer s = new LatencyServer(server, site, timer, guard, canonical, bound, defaults);
            site.onAcceptFailure(s::listenAgain);
            timer.scheduleWithFixedDelay(s::checkListening, 1, 1, TimeUnit.SECONDS);
            return s;
        } catch (ExecutionException | TimeoutException e) {
            server.close(CloseMode.IMMEDIATE);
            timer.shutdownNow();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof java.net.BindException) {
                throw new ConfigException("port", canonical + ":" + port + " is in use by another program; pick "
                        + "another port, or 0 for a free one");
            }
            throw new UncheckedIOException(new IOException("cannot listen on " + canonical + ":" + port + ": " + cause, cause));
        } catch (InterruptedException e) {
            server.close(CloseMode.IMMEDIATE);
            timer.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the latency server", e);
        }
    }

    /** Whatever stopped the listener (a failed accept is the one cause seen), it listens again. */
    private void checkListening() {
        HttpAsyncServer current;
        synchronized (this) {
            current = closed ? null : server;
        }
        if (current != null && current.getEndpoints().isEmpty()) {
            listenAgain(new IOException("the listener stopped"));
        }
    }

    /**
     * HttpCore's listener stops for good when accepting fails (no file handle was free: a flood faster than the
     * surplus is closed): the server is started again on the same port, its connections closed, so it answers
     * again rather than staying up deaf. Runs on the timer, once per failure burst.
     */
    private synchronized void listenAgain(Exception why) {
        if (closed) {
            return;
        }
        server.close(CloseMode.IMMEDIATE); // frees every connection's file handle
        try {
            server.awaitShutdown(TimeValue.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        guard.forgetAll();
        for (int attempt = 1; ; attempt++) {
            HttpAsyncServer fresh = site.create();
            try {
                SiteServer.listen(fresh, new InetSocketAddress(host, port));
                server = fresh;
                LOG.log(System.Logger.Level.WARNING, "latency server: accepting failed ({0}); its connections "
                        + "were closed and it listens again on {1}:{2}", why.getMessage(), host, port);
                return;
            } catch (ExecutionException | TimeoutException | InterruptedException e) {
                fresh.close(CloseMode.IMMEDIATE);
                if (attempt == 5 || e instanceof InterruptedException) {
                    LOG.log(System.Logger.Level.ERROR, "latency server: cannot listen again on {0}:{1}: {2}",
                            host, port, e.toString());
                    return;
                }
            }
        }
    }

    private static InetAddress loopback(String host) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ConfigException("host", "unknown host '" + host + "'; the latency server binds to 127.0.0.1 only");
        }
        if (!(address instanceof Inet4Address) || !address.isLoopbackAddress()) {
            throw new ConfigException("host", "the latency server binds to loopback (127.0.0.1) only, never to "
                    + host + " (" + address.getHostAddress() + ")");
        }
        return address;
    }

    public int port() {
        return port;
    }

    /** For example {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://" + host + ":" + port);
    }

    /** The URL of {@code /site/{n}} with optional query parameters (without the '?'), e.g. "delay=50". */
    public URI site(int n, String query) {
        return URI.create(baseUri() + "/site/" + n + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    public Reply defaults() {
        return defaults;
    }

    /** Connections open now (and the most allowed: {@link #connectionCap()}). */
    public int openConnections() {
        return guard.open();
    }

    /** Requests waiting for their answer right now. */
    public int waiting() {
        return timer.getQueue().size();
    }

    /** Stops at once: open connections are closed, pending answers dropped. */
    @Override
    public synchronized void close() {
        closed = true;
        server.close(CloseMode.IMMEDIATE);
        timer.shutdownNow();
        try {
            server.awaitShutdown(TimeValue.ofSeconds(5));
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
