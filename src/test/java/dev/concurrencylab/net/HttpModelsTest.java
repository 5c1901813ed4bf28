package dev.concurrencylab.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The http workload on the embedded server under the models that keep many requests in flight. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpModelsTest {

    private static HttpWorkload embedded(int tasks, int latencyMs) {
        return new HttpWorkload(WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(tasks).withLatencyMs(latencyMs));
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"EVENTLOOP", "VIRTUAL"})
    void aThousandConcurrentRequestsAllSucceed(ModelKind model) throws InterruptedException {
        try (HttpWorkload w = embedded(1000, 500)) {
            RunOutput out = HttpRuns.run(w, model, ModelSettings.defaults());
            assertThat(out.result().errors()).as(out.result().errorReasons().toString()).isZero();
            assertThat(out.trace().tasks().count(TaskStatus.FINISHED)).isEqualTo(1000);
            // All in flight at once: far below the 1000 × 0.5 s of one at a time (lenient for a busy machine).
            assertThat(out.result().wallMs()).isLessThan(30_000);
            assertThat(maxOverlap(out, State.IO_WAIT)).as("requests waiting at once").isGreaterThan(500);
        }
    }

    @Test
    void eventLoopTraceShowsOneThreadAndOverlappingWaits() throws InterruptedException {
        try (HttpWorkload w = embedded(200, 200)) {
            RunOutput out = HttpRuns.run(w, ModelKind.EVENTLOOP, ModelSettings.defaults());
            assertThat(out.result().errors()).isZero();
            assertThat(out.trace().threadLanes()).hasSize(1);
            LaneSnapshot waits = out.trace().lanes().stream().filter(l -> l.kind() == LaneKind.DETACHED)
                    .findFirst().orElseThrow();
            Segments s = waits.segments();
            int io = 0;
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == State.IO_WAIT) { // then READY where the loop took the answer up late
                    io++;
                    assertThat(s.end(i) - s.start(i)).as("a wait spans request sent → response read")
                            .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
                }
            }
            assertThat(io).isEqualTo(200);
            assertThat(maxOverlap(out, State.IO_WAIT)).isGreaterThan(100);
            assertThat(out.result().lanes()).isEqualTo(1);
        }
    }

    @Test
    void aPoolOfFourWaitsInRoundsOfFour() throws InterruptedException {
        try (HttpWorkload w = embedded(12, 100)) {
            RunOutput out = HttpRuns.run(w, ModelKind.POOL, ModelSettings.defaults().withWorkers(4));
            assertThat(out.result().errors()).isZero();
            assertThat(out.result().wallMs()).isGreaterThanOrEqualTo(300);
            assertThat(maxOverlap(out, State.IO_WAIT)).isEqualTo(4);
        }
    }

    @Test
    void tooFewConnectionsQueueTheThreads() throws InterruptedException {
        try (HttpWorkload w = embedded(8, 100)) {
            RunOutput out = HttpRuns.run(w, ModelKind.POOL, ModelSettings.defaults().withWorkers(8).withMaxConnections(2));
            assertThat(out.result().errors()).isZero();
            assertThat(out.result().wallMs()).as("8 threads share 2 connections: 4 rounds").isGreaterThanOrEqualTo(400);
        }
    }

    /** The most segments of a state that cover one moment, over every lane. */
    private static int maxOverlap(RunOutput out, State state) {
        List<long[]> edges = new ArrayList<>();
        for (LaneSnapshot l : out.trace().lanes()) {
            Segments s = l.segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == state && s.task(i) >= 0) {
                    edges.add(new long[]{s.start(i), 1});
                    edges.add(new long[]{s.end(i), -1});
                }
            }
        }
        Collections.sort(edges, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int now = 0;
        int max = 0;
        for (long[] e : edges) {
            now += (int) e[1];
            max = Math.max(max, now);
        }
        return max;
    }
}
