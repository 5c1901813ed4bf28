package dev.concurrencylab.net;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Run;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.time.Duration;
import java.util.List;

/** Runs HTTP workloads for the tests: real requests over loopback, no warm-up. */
final class HttpRuns {
    private HttpRuns() {
    }

    static RunOutput run(HttpWorkload workload, ModelKind model, ModelSettings settings) throws InterruptedException {
        return Run.execute(0, workload, model, settings.withWarmup(false), new CancelToken(), RunListener.NONE);
    }

    /** {@code tasks} GETs of one URL, with a short response timeout. */
    static HttpWorkload fetching(String url, int tasks, Duration responseTimeout) {
        WorkloadConfig config = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(tasks).withUrls(List.of(url));
        return new HttpWorkload(config, new HttpTimeouts(Duration.ofSeconds(5), responseTimeout));
    }
}
