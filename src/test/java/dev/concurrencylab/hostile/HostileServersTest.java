package dev.concurrencylab.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Run;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.net.HttpTimeouts;
import dev.concurrencylab.net.HttpWorkload;
import dev.concurrencylab.net.ResponseLimits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding 2: a server that stalls, drips, streams without end, sends headers without end, resets or redirects
 * somewhere else. Every task ends within the whole-response deadline (or sooner, at a size cap) with a reason
 * naming what happened, under the blocking client (pool) and the async one (eventloop); no task goes unreported.
 * Before the fix a dripping server held a pool run for ever, and an endless body or endless headers grew the
 * event loop's heap until it died (6 GB), one task never reported.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileServersTest {
    private static final int TASKS = 4;
    private static final Duration DEADLINE = Duration.ofMillis(800);

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({
        "STALL, POOL, deadline", "STALL, EVENTLOOP, deadline",
        "DRIP_BODY, POOL, deadline", "DRIP_BODY, EVENTLOOP, deadline",
        "DRIP_HEADERS, POOL, deadline", "DRIP_HEADERS, EVENTLOOP, deadline",
        "ENDLESS_BODY, POOL, response body larger than 1048576 bytes",
        "ENDLESS_BODY, EVENTLOOP, response body larger than 1048576 bytes",
        "ENDLESS_HEADERS, POOL, response headers too large", "ENDLESS_HEADERS, EVENTLOOP, response headers too large",
        "ENDLESS_HEADER_LINE, POOL, response headers too large",
        "ENDLESS_HEADER_LINE, EVENTLOOP, response headers too large",
        "RESET, POOL, connection reset", "RESET, EVENTLOOP, connection reset",
        "REDIRECT_TO_FILE, POOL, redirect refused", "REDIRECT_TO_FILE, EVENTLOOP, redirect refused",
        "REDIRECT_LOOP, POOL, redirect refused", "REDIRECT_LOOP, EVENTLOOP, redirect refused"})
    void everyTaskEndsWithItsReasonWithinTheDeadline(HostileServer.Behaviour behaviour, ModelKind model, String reason)
            throws Exception {
        try (HostileServer server = HostileServer.start(behaviour)) {
            long t0 = System.nanoTime();
            RunOutput out = run(server.url(), model);
            double ms = (System.nanoTime() - t0) / 1e6;
            assertThat(out.result().errors()).as("%s", out.result().errorReasons()).isEqualTo(TASKS);
            assertThat(out.trace().tasks().count(TaskStatus.FAILED)).as("every task reported").isEqualTo(TASKS);
            assertThat(out.result().errorReasons().keySet()).allSatisfy(r -> assertThat(r).contains(reason));
            assertThat(ms).as("the run, with its session closed").isLessThan(DEADLINE.toMillis() + 4000);
        }
    }

    private static RunOutput run(String url, ModelKind model) throws InterruptedException {
        WorkloadConfig config = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(TASKS).withUrls(List.of(url));
        // a socket timeout longer than the deadline: a server that drips is never idle long enough for it
        try (HttpWorkload w = new HttpWorkload(config, new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)),
                new ResponseLimits(DEADLINE, 1 << 20))) {
            return Run.execute(0, w, model, ModelSettings.defaults().withWorkers(TASKS).withWarmup(false),
                    new CancelToken(), RunListener.NONE);
        }
    }

    /** The worst memory cases, measured on the real command line with its default limits (64 MiB, 20.1 s). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"ENDLESS_BODY, response body larger than 67108864 bytes",
        "ENDLESS_HEADERS, response headers too large"})
    void theCommandLineEndsAtTheDefaultCapsInLittleMemory(HostileServer.Behaviour behaviour, String reason)
            throws Exception {
        try (HostileServer server = HostileServer.start(behaviour)) {
            LabProcess.Result r = LabProcess.cli("run", "--workload", "http", "--model", "eventloop", "--url",
                    server.url(), "--tasks", "4", "--no-warmup").defaultJvm().run(Duration.ofSeconds(40));
            LabProcess.notePeak(behaviour + ", eventloop, default limits", r);
            assertThat(r.exit()).as(r.all()).isEqualTo(1);
            assertThat(r.out()).as(r.all()).contains("4 failed:").contains(reason);
            assertThat(r.peakRssKb()).as("peak RSS, kB").isLessThan(1024 * 1024);
        }
    }
}
