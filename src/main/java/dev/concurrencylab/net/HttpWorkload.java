package dev.concurrencylab.net;

import dev.concurrencylab.engine.IoSession;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.SessionSpec;
import dev.concurrencylab.engine.Step;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.WorkloadConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * GETs of a list of URLs, one per task, cycling through the list. By default the list is 4 pages of an
 * embedded latency server started for this workload (and stopped by {@link #close()}); with real URLs
 * each host is rate-capped and no warm-up requests are sent to them.
 */
public final class HttpWorkload implements Workload {
    /** The classic experiment fetches 4 sites. */
    static final int DEFAULT_PATHS = 4;
    private static final int WARMUP_TASKS = 200;

    private final WorkloadConfig config;
    private final HttpTimeouts timeouts;
    private final LatencyServer server;
    private final HostRateCap rateCap;
    private final List<URI> urls;
    private final List<LabTask> tasks;

    public HttpWorkload(WorkloadConfig config) {
        this(config, HttpTimeouts.forWait((long) config.latencyMs() + config.jitterMs()));
    }

    /** With explicit timeouts (tests use short ones). */
    public HttpWorkload(WorkloadConfig config, HttpTimeouts timeouts) {
        this.config = config;
        this.timeouts = timeouts;
        List<URI> given = UrlList.parse(config.urls()); // before starting anything: bad input fails first
        long nominal;
        if (given.isEmpty()) {
            server = LatencyServer.start(Reply.defaults().withDelayMs(config.latencyMs())
                    .withJitter(config.jitterMs(), Jitter.UNIFORM));
            List<URI> pages = new ArrayList<>();
            for (int i = 1; i <= DEFAULT_PATHS; i++) {
                pages.add(server.site(i, null));
            }
            urls = List.copyOf(pages);
            rateCap = null;
            nominal = Math.round((config.latencyMs() + config.jitterMs() / 2.0) * 1e6);
        } else {
            server = null;
            urls = given;
            rateCap = new HostRateCap(HostRateCap.REAL_SITE_PER_SECOND);
            nominal = 0;
        }
        List<LabTask> out = new ArrayList<>(config.tasks());
        for (int i = 0; i < config.tasks(); i++) {
            URI uri = urls.get(i % urls.size());
            URI warm = server == null ? uri : URI.create(uri + "?delay=1");
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

    /** The classic client for threads, the async client for the event loop; pools sized to the concurrency. */
    @Override
    public IoSession openSession(SessionSpec spec) {
        int pool = spec.maxConnections() > 0 ? spec.maxConnections() : Math.max(1, spec.concurrency());
        return spec.async() ? new AsyncHttpSession(pool, timeouts, rateCap) : new BlockingHttpSession(pool, timeouts, rateCap);
    }

    /** Where the requests go: the embedded server's base URL, or null for real URLs. */
    public URI serverUri() {
        return server == null ? null : server.baseUri();
    }

    @Override
    public String describe() {
        if (server != null) {
            return tasks.size() + " × http GET " + config.latencyMs() + " ms"
                    + (config.jitterMs() > 0 ? " + 0–" + config.jitterMs() + " ms jitter" : "")
                    + " (latency server, " + DEFAULT_PATHS + " pages)";
        }
        return tasks.size() + " × http GET of " + urls.size() + (urls.size() == 1 ? " URL" : " URLs")
                + " (≤ " + HostRateCap.REAL_SITE_PER_SECOND + "/s per host)";
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
