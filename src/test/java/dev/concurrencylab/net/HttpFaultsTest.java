package dev.concurrencylab.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.IoOutcome;
import dev.concurrencylab.engine.IoSession;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Run;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.SessionSpec;
import dev.concurrencylab.engine.TaskStatus;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each injected fault ends its tasks as failed, with a reason that names it, under both HTTP clients. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpFaultsTest {
    private static final Duration SHORT = Duration.ofMillis(600);
    private static LatencyServer server;

    @BeforeAll
    static void start() {
        server = LatencyServer.start(Reply.defaults().withDelayMs(20));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The blocking client (pool) and the async one (eventloop). */
    enum Client {
        BLOCKING(ModelKind.POOL), ASYNC(ModelKind.EVENTLOOP);

        final ModelKind model;

        Client(ModelKind model) {
            this.model = model;
        }
    }

    private static RunResult fetch(Client client, String query, int tasks) throws InterruptedException {
        try (HttpWorkload w = HttpRuns.fetching(server.site(3, query).toString(), tasks, SHORT)) {
            return HttpRuns.run(w, client.model, ModelSettings.defaults().withWorkers(4)).result();
        }
    }

    private static void assertAllFailedWith(RunResult r, int tasks, String reason) {
        assertThat(r.errors()).as(r.errorReasons().toString()).isEqualTo(tasks);
        assertThat(r.errorReasons()).hasSize(1);
        Map.Entry<String, Integer> only = r.errorReasons().entrySet().iterator().next();
        assertThat(only.getKey()).contains(reason);
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void healthyRequestsSucceed(Client client) throws InterruptedException {
        try (HttpWorkload w = HttpRuns.fetching(server.site(1, "bytes=3000").toString(), 8, SHORT)) {
            RunOutput out = HttpRuns.run(w, client.model, ModelSettings.defaults().withWorkers(4));
            assertThat(out.result().errors()).isZero();
            assertThat(out.trace().tasks().count(TaskStatus.FINISHED)).isEqualTo(8);
        }
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void aCallRecordsStatusAndBodySize(Client client) throws Exception {
        HttpFetch fetch = new HttpFetch(server.site(1, "bytes=3000"), 0, server.site(1, "bytes=3000"));
        try (HttpWorkload w = HttpRuns.fetching(fetch.uri().toString(), 1, SHORT);
             IoSession session = w.openSession(new SessionSpec(1, client == Client.ASYNC, 0))) {
            assertThat(session.call(fetch)).isEqualTo(new IoOutcome(200, 3000));
        }
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void anErrorRateAnswersHttp500(Client client) throws InterruptedException {
        assertAllFailedWith(fetch(client, "error=1", 6), 6, "HTTP 500");
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void aResetFailsWithConnectionReset(Client client) throws InterruptedException {
        assertAllFailedWith(fetch(client, "reset=1", 6), 6, "connection reset");
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void aStallEndsAtTheResponseTimeout(Client client) throws InterruptedException {
        long t0 = System.nanoTime();
        RunResult r = fetch(client, "stall=1", 4);
        double ms = (System.nanoTime() - t0) / 1e6;
        assertAllFailedWith(r, 4, "timeout, no response within 600 ms");
        assertThat(r.wallMs()).isGreaterThanOrEqualTo(600).isLessThan(600 + 1500);
        assertThat(ms).as("the whole run, session closed").isLessThan(600 + 4000);
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void aBodyTooSlowForTheTimeoutFailsWithTimeout(Client client) throws InterruptedException {
        // 10 chunks spread over 10 s: a 1 s gap between chunks, longer than the 600 ms read timeout.
        assertAllFailedWith(fetch(client, "bytes=1000&slow=10000", 2), 2, "timeout");
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void aSlowBodyWithinTheTimeoutArrivesWhole(Client client) throws InterruptedException {
        RunResult r = fetch(client, "bytes=1000&slow=500", 2);
        assertThat(r.errors()).isZero();
        assertThat(r.wallMs()).isGreaterThanOrEqualTo(20 + 450);
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void anUnknownHostFailsByName(Client client) throws InterruptedException {
        try (HttpWorkload w = HttpRuns.fetching("http://no-such-site.invalid/", 2, SHORT)) {
            RunResult r = HttpRuns.run(w, client.model, ModelSettings.defaults()).result();
            assertAllFailedWith(r, 2, "unknown host no-such-site.invalid");
        }
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void aClosedPortFailsAsRefused(Client client) throws InterruptedException {
        int port;
        try (LatencyServer gone = LatencyServer.start(Reply.defaults())) {
            port = gone.port();
        }
        try (HttpWorkload w = HttpRuns.fetching("http://127.0.0.1:" + port + "/site/1", 2, SHORT)) {
            assertAllFailedWith(HttpRuns.run(w, client.model, ModelSettings.defaults()).result(), 2, "connection refused");
        }
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void stoppingARunOfStalledRequestsEndsItPromptly(Client client) throws Exception {
        try (HttpWorkload w = HttpRuns.fetching(server.site(5, "stall=1").toString(), 8, Duration.ofSeconds(60))) {
            CancelToken cancel = new CancelToken();
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(800); // the requests are in flight by now
                } catch (InterruptedException ignored) {
                    return;
                }
                cancel.cancel();
            });
            long t0 = System.nanoTime();
            RunResult r = Run.execute(0, w, client.model, ModelSettings.defaults().withWorkers(4).withWarmup(false),
                    cancel, RunListener.NONE).result();
            double ms = (System.nanoTime() - t0) / 1e6;
            assertThat(r.cancelled()).isTrue();
            assertThat(ms).as("a blocked socket read must not hold the stop for the 60 s timeout").isLessThan(5000);
        }
    }
}
