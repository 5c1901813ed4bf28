package dev.concurrencylab.net;

import dev.concurrencylab.engine.IoSession;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.SessionSpec;
import dev.concurrencylab.engine.Step;
import dev.concurrencylab.engine.TargetUrls;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.WorkloadConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GETs of a list of URLs, one per task, cycling through the list. By default the list is 4 pages of an
 * embedded latency server started for this workload (and stopped by {@link #close()}) — in this process,
 * or in a child process when there are too many requests for one process to hold both ends of; with
 * real URLs each host is rate-capped and no warm-up requests are sent to them.
 */
public final class HttpWorkload implements Workload {
    /** The classic experiment fetches 4 sites. */
    static final int DEFAULT_PATHS = 4;
    /**
     * Enough 1 ms requests to compile the client's and the server's hot paths (the engine stops a warm-up
     * after 2 s): with fewer, the first model of a 10,000-request comparison ran twice as slow as the next.
     */
    private static final int WARMUP_TASKS = 2000;

    private final WorkloadConfig config;
    private final HttpTimeouts timeouts;
    private final ResponseLimits limits;
    /** Most connections open at once: what the open-file limit allows, here and in the server's process. */
    private final int connectionCap;
    private final AutoCloseable server;
    private final URI serverUri;
    /** The server's clock for its send stamps; null for real sites, whose stamps are not trusted. */
    private final ServerClock serverClock;
    private final HostRateCap rateCap;
    private final List<URI> urls;
    private final List<LabTask> tasks;

    public HttpWorkload(WorkloadConfig config) {
        this(config, HttpTimeouts.forWait((long) config.latencyMs() + config.jitterMs()));
    }

    /** With explicit timeouts (tests use short ones); the response limits are the config's. */
    public HttpWorkload(WorkloadConfig config, HttpTimeouts timeouts) {
        this(config, timeouts, ResponseLimits.of((long) config.latencyMs() + config.jitterMs(), config.deadlineMs(),
                config.maxBodyBytes()));
    }

    public HttpWorkload(WorkloadConfig config, HttpTimeouts timeouts, ResponseLimits limits) {
        this.config = config;
        this.timeouts = timeouts;
        this.limits = limits;
        List<URI> given = TargetUrls.of(config.urls()).uris(); // checked when the config was made
        int[] waits = null;
        if (given.isEmpty()) {
            // the jitter is drawn here from the seed and asked for per request, so each wait is known (the ideal
            // bound is then a true lower bound) and the same in every run
            Reply defaults = Reply.defaults().withDelayMs(config.latencyMs());
            Path java = LatencyServerProcess.needed(config.tasks()) ? LatencyServerProcess.javaCommand() : null;
            if (java != null) {
                LatencyServerProcess child = LatencyServerProcess.start(java, defaults);
                server = child;
                serverUri = child.baseUri();
                serverClock = child.clock();
                // the child has this process's limit (inherited) and about as many files open
                connectionCap = Math.min(OpenFileBudget.connections(1), belowServerCap());
            } else {
                LatencyServer local = LatencyServer.start(defaults);
                server = local;
                serverUri = local.baseUri();
                serverClock = ServerClock.SAME;
                connectionCap = Math.min(OpenFileBudget.connections(2), belowServerCap());
            }
            List<URI> pages = new ArrayList<>();
            for (int i = 1; i <= DEFAULT_PATHS; i++) {
                pages.add(URI.create(serverUri + "/site/" + i));
            }
            urls = List.copyOf(pages);
            rateCap = null;
            waits = config.waitsMs();
        } else {
            server = null;
            serverUri = null;
            serverClock = null;
            connectionCap = OpenFileBudget.connections(1);
            urls = given;
            rateCap = new HostRateCap(HostRateCap.REAL_SITE_PER_SECOND);
        }
        List<LabTask> out = new ArrayList<>(config.tasks());
        for (int i = 0; i < config.tasks(); i++) {
            URI page = urls.get(i % urls.size());
            URI uri = waits == null || config.jitterMs() == 0 ? page : URI.create(page + "?delay=" + waits[i]);
            URI warm = server == null ? page : URI.create(page + "?delay=1");
            long nominal = waits == null ? 0 : waits[i] * 1_000_000L;
            out.add(new LabTask(i, List.of(new Step.Io(new HttpFetch(uri, nominal, warm)))));
        }
        tasks = List.copyOf(out);
    }

    @Override
    public WorkloadConfig config() {
        return config;
    }

    @Override
    public List<LabTask> tasks() {
        return tasks;
    }

    /** Short requests to the embedded server; none to real sites, which should not pay for our JIT. */
    @Override
    public List<LabTask> warmupTasks() {
        if (server == null) {
            return List.of();
        }
        List<LabTask> out = new ArrayList<>();
        for (int i = 0; i < Math.min(WARMUP_TASKS, tasks.size()); i++) {
            HttpFetch f = (HttpFetch) ((Step.Io) tasks.get(i).steps().get(0)).request();
            out.add(new LabTask(i, List.of(new Step.Io(f.forWarmup()))));
        }
        return out;
    }

    /**
     * The classic client for threads, the async client for the event loop; pools sized to the concurrency, and
     * never past the open-file limit: more requests than fit wait for a connection instead of failing with
     * "Too many open files".
     */
    @Override
    public IoSession openSession(SessionSpec spec) {
        int pool = Math.min(spec.connectionPool(), connectionCap);
        return spec.async() ? new AsyncHttpSession(pool, timeouts, limits, rateCap)
                : new BlockingHttpSession(pool, timeouts, limits, rateCap, serverClock);
    }

    /** Most connections open at once in this workload's sessions. */
    public int connectionCap() {
        return connectionCap;
    }

    /**
     * A 16th below the server's cap: a connection the client has just closed still counts on the server's side
     * for a moment, and a new one arriving then at the cap is closed (226 resets in a 50,000-request run).
     */
    private static int belowServerCap() {
        int cap = LatencyServer.connectionCap();
        return Math.max(1, cap - cap / 16);
    }

    /** Where the requests go: the embedded server's base URL, or null for real URLs. */
    public URI serverUri() {
        return serverUri;
    }

    @Override
    public String describe() {
        String fileCap = tasks.size() > connectionCap ? "; at most " + connectionCap + " connections at once "
                + "(open-file limit " + OpenFileBudget.limit() + "), the rest wait for one" : "";
        if (server != null) {
            return tasks.size() + " × http GET " + config.latencyMs() + " ms"
                    + (config.jitterMs() > 0 ? " + 0–" + config.jitterMs() + " ms jitter" : "")
                    + " (latency server, " + DEFAULT_PATHS + " pages" + fileCap + ")";
        }
        boolean capped = urls.stream().anyMatch(HostRateCap::capped);
        return tasks.size() + " × http GET of " + urls.size() + (urls.size() == 1 ? " URL" : " URLs")
                + (capped ? " (≤ " + HostRateCap.REAL_SITE_PER_SECOND + "/s per remote host" + fileCap + ")"
                        : fileCap.isEmpty() ? "" : " (" + fileCap.substring(2) + ")");
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the latency server: " + e, e);
        }
    }
}
