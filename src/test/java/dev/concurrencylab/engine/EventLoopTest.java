package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The asyncio lesson: waits overlap on one thread, CPU work blocks the loop. */
class EventLoopTest {

    @Test
    void waitsOverlapOnOneThread() throws Exception {
        RunOutput out = Runs.run(Runs.sleep(200, 50), ModelKind.EVENTLOOP, Runs.workers(1));
        TraceChecks.assertValid(out);
        assertThat(out.result().lanes()).isEqualTo(1);
        assertThat(out.result().wallMs()).isLessThan(1000); // one after another would take 10 s
        LaneSnapshot pending = out.trace().lanes().stream().filter(l -> l.kind() == LaneKind.DETACHED).findFirst()
                .orElseThrow();
        Segments s = pending.segments();
        long firstEnd = Long.MAX_VALUE;
        long lastStart = 0;
        int waits = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.state(i) == State.IO_WAIT) { // each may be followed by READY, until the loop got to it
                waits++;
                firstEnd = Math.min(firstEnd, s.end(i));
                lastStart = Math.max(lastStart, s.start(i));
            }
        }
        assertThat(waits).isEqualTo(200);
        assertThat(lastStart).as("every wait began before the first ended").isLessThan(firstEnd);
    }

    @Test
    void maxInFlightCapsTheOverlap() throws Exception {
        RunOutput out = Runs.run(Runs.sleep(20, 30), ModelKind.EVENTLOOP, Runs.workers(1).withMaxInFlight(5));
        TraceChecks.assertValid(out);
        // 20 tasks, 5 at a time, 30 ms each: at least 4 rounds
        assertThat(out.result().wallMs()).isGreaterThanOrEqualTo(120);
        assertThat(out.result().boundMs()).isEqualTo(120.0);
    }

    @Test
    void cpuWorkBlocksTheLoop() throws Exception {
        RunOutput out = Runs.run(Runs.mixed(20, 20, 0.5), ModelKind.EVENTLOOP, Runs.workers(1));
        TraceChecks.assertValid(out);
        // each task has ~10 ms of CPU that cannot overlap on the one loop thread
        assertThat(TraceChecks.maxConcurrentlyRunning(out.trace())).isEqualTo(1);
        long cpu = TraceChecks.totalNanos(out.trace(), State.RUNNING, LaneKind.THREAD);
        assertThat(out.result().wallMs() * 1e6).isGreaterThanOrEqualTo(cpu);
    }
}
