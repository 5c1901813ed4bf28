package dev.concurrencylab.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.IoSession;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.SessionSpec;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.Step;
import dev.concurrencylab.engine.WaitMarks;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An HTTP wait in its parts: CONN_WAIT while a thread waits to lease one of the client's pooled connections,
 * IO_WAIT until the latency server sent its answer (its stamp), READY until the thread had read the answer's head.
 * Bounds come from causality, not from how fast the machine is: an answer is sent after the server's delay and
 * before the client reads it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpWaitPartsTest {
    private static final long MS = 1_000_000;

    /** What a session told about one call, in {@link System#nanoTime()}. */
    private static final class Marks implements WaitMarks {
        long wanted = -1;
        long leased = -1;
        long causeEnded = -1;
        long resumed = -1;

        @Override
        public void connectionWanted(long at) {
            wanted = at;
        }

        @Override
        public void connectionLeased(long at) {
            leased = at;
        }

        @Override
        public void causeEnded(long at) {
            causeEnded = at;
        }

        @Override
        public void resumed(long at) {
            resumed = at;
        }
    }

    @Test
    void theLatencyServersStampEndsTheWaitBetweenItsDelayAndTheAnswersHead() throws Exception {
        try (HttpWorkload w = new HttpWorkload(WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(1).withLatencyMs(60));
             IoSession session = w.openSession(new SessionSpec(1, false, 0))) {
            HttpFetch fetch = (HttpFetch) ((Step.Io) w.tasks().getFirst().steps().getFirst()).request();
            for (int i = 0; i < 3; i++) {
                Marks m = new Marks();
                long t0 = System.nanoTime();
                session.call(fetch, m);
                long t1 = System.nanoTime();
                assertThat(m.wanted).isBetween(t0, m.leased);
                assertThat(m.causeEnded).as("sent after the server's 60 ms delay").isGreaterThanOrEqualTo(m.leased + 60 * MS);
                assertThat(m.resumed).as("the head is read after it was sent").isBetween(m.causeEnded, t1);
            }
        }
    }

    @Test
    void aRealSitesStampIsNotTrustedSoItsWaitStaysIoWait() throws Exception {
        try (LatencyServer server = LatencyServer.start(Reply.defaults().withDelayMs(30));
             HttpWorkload w = HttpRuns.fetching(server.site(1, null).toString(), 4, Duration.ofSeconds(10))) {
            Marks m = new Marks();
            try (IoSession session = w.openSession(new SessionSpec(1, false, 0))) {
                session.call(new HttpFetch(server.site(1, null), 0, server.site(1, null)), m);
            }
            assertThat(m.leased).as("the lease is still timed").isPositive();
            assertThat(m.causeEnded).as("the answer carried a stamp, but from a 'real' site").isEqualTo(-1);

            RunOutput out = HttpRuns.run(w, ModelKind.POOL, ModelSettings.defaults().withWorkers(2));
            assertThat(out.result().errors()).isZero();
            assertThat(statesOf(out)).doesNotContain(State.READY);
            assertThat(out.result().readyMs()).as("a thread cannot tell when a site sent its answer").isNull();
        }
    }

    @Test
    void fiftyThreadsOnFiveConnectionsWaitForThemFirst() throws Exception {
        try (HttpWorkload w = new HttpWorkload(WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(100).withLatencyMs(50))) {
            RunOutput out = HttpRuns.run(w, ModelKind.POOL, ModelSettings.defaults().withWorkers(50).withMaxConnections(5));
            assertThat(out.result().errors()).isZero();
            List<long[]> conn = new ArrayList<>();
            for (LaneSnapshot lane : out.trace().threadLanes()) {
                Segments s = lane.segments();
                for (int i = 0; i < s.size(); i++) {
                    if (s.state(i) == State.CONN_WAIT) {
                        conn.add(new long[] {s.task(i), s.end(i) - s.start(i)});
                        assertThat(s.size()).as("a lease is followed by the wait for the server").isGreaterThan(i + 1);
                        assertThat(s.state(i + 1)).isEqualTo(State.IO_WAIT);
                        assertThat(s.task(i + 1)).isEqualTo(s.task(i));
                        assertThat(s.end(i + 1) - s.start(i + 1)).as("the server's 50 ms").isGreaterThanOrEqualTo(50 * MS);
                    }
                }
            }
            // 100 requests through 5 connections: 20 rounds of 50 ms, so all but the first few queue, most for long
            assertThat(conn.size()).isGreaterThanOrEqualTo(80);
            assertThat(conn.stream().filter(c -> c[1] >= 300 * MS).count()).isGreaterThanOrEqualTo(50);
            assertThat(maxOverlap(out, State.IO_WAIT, 50 * MS)).as("never more requests at the server than connections")
                    .isLessThanOrEqualTo(5);
        }
    }

    @Test
    void theEventLoopsAnswersWaitForTheLoopAsReady() throws Exception {
        try (HttpWorkload w = new HttpWorkload(WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(200).withLatencyMs(100))) {
            RunOutput out = HttpRuns.run(w, ModelKind.EVENTLOOP, ModelSettings.defaults());
            assertThat(out.result().errors()).isZero();
            LaneSnapshot pending = out.trace().lanes().get(1);
            Segments s = pending.segments();
            int waits = 0;
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == State.READY) {
                    assertThat(s.state(i - 1)).isEqualTo(State.IO_WAIT);
                    assertThat(s.start(i)).as("READY from the answer's arrival").isEqualTo(s.end(i - 1));
                } else {
                    waits++;
                    assertThat(s.end(i) - s.start(i)).isGreaterThanOrEqualTo(100 * MS);
                }
            }
            assertThat(waits).isEqualTo(200);
            assertThat(out.result().readyMs()).isNotNull();
        }
    }

    private static List<State> statesOf(RunOutput out) {
        List<State> states = new ArrayList<>();
        for (LaneSnapshot l : out.trace().lanes()) {
            for (int i = 0; i < l.segments().size(); i++) {
                states.add(l.segments().state(i));
            }
        }
        return states;
    }

    /**
     * The most waits for the server (IO_WAIT of at least {@code min}) under way in the middle of one of them. Taken
     * at midpoints: where one request hands its connection to the next, the two touch for a moment.
     */
    private static int maxOverlap(RunOutput out, State state, long min) {
        List<long[]> waits = new ArrayList<>();
        for (LaneSnapshot l : out.trace().lanes()) {
            Segments s = l.segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == state && s.task(i) >= 0 && s.end(i) - s.start(i) >= min) {
                    waits.add(new long[] {s.start(i), s.end(i)});
                }
            }
        }
        int max = 0;
        for (long[] w : waits) {
            long mid = (w[0] + w[1]) / 2;
            max = Math.max(max, (int) waits.stream().filter(o -> o[0] <= mid && mid < o[1]).count());
        }
        return max;
    }
}
