package dev.concurrencylab.findings;

import static dev.concurrencylab.engine.State.CONN_WAIT;
import static dev.concurrencylab.engine.State.GIL_WAIT;
import static dev.concurrencylab.engine.State.IO_WAIT;
import static dev.concurrencylab.engine.State.READY;
import static dev.concurrencylab.engine.State.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The detectors on traces built by hand: states no model produces on this branch yet (CONN_WAIT, READY), CPython's
 * inferred waits, and comparisons whose wall times must be exact.
 */
class FindingDetectorsTest {
    private static ComparisonFindings of(ModelSettings settings, RunOutput... runs) {
        return ComparisonFindings.of(settings, List.of(runs));
    }

    @Test
    void requestsWaitingForPooledConnectionsNameThePoolsSize() {
        RunOutput run = new TraceBuilder(4)
                .thread("pool-1", IO_WAIT, 0, 0, 100)
                .thread("pool-2", IO_WAIT, 1, 0, 100)
                .thread("pool-3", CONN_WAIT, 2, 0, 100, IO_WAIT, 2, 100, 200)
                .thread("pool-4", CONN_WAIT, 3, 0, 100, IO_WAIT, 3, 100, 200)
                .run(ModelKind.POOL, WorkloadKind.HTTP, 4, null);
        Finding f = of(ModelSettings.defaults().withWorkers(4).withMaxConnections(2), run)
                .find(0, FindingKind.CONNECTION_POOL_WAIT).orElseThrow();
        assertThat(f.message()).isEqualTo("2 of 4 requests (on 2 of 4 threads) waited for one of 2 pooled connections:"
                + " 200 ms in all, 33 % of the time; more threads do not help, a larger pool (max connections) does");
        assertThat(f.lanes()).containsExactly(2, 3);
        assertThat(f.tasks()).containsExactly(2, 3);
        assertThat(f.startMs()).isEqualTo(0);
        assertThat(f.endMs()).isEqualTo(100);
    }

    @Test
    void readySegmentsMeasureHowLongTheLoopHeldEachTaskUp() {
        RunOutput run = new TraceBuilder(4)
                .thread("eventloop", RUNNING, 0, 0, 300, RUNNING, 3, 300, 310)
                .lane("pending I/O", LaneKind.DETACHED, IO_WAIT, 1, 0, 50, READY, 1, 50, 300,
                        IO_WAIT, 2, 0, 100, READY, 2, 100, 300, IO_WAIT, 3, 310, 400)
                .run(ModelKind.EVENTLOOP, WorkloadKind.MIXED, 1, null);
        Finding f = of(null, run).find(0, FindingKind.LOOP_BLOCKED).orElseThrow();
        assertThat(f.value("blockMs")).isEqualTo(310);
        assertThat(f.value("delayedTasks")).isEqualTo(2);
        assertThat(f.value("meanDelayMs")).isEqualTo(225);
        assertThat(f.value("maxDelayMs")).isEqualTo(250);
        assertThat(f.tasks()).containsExactly(0, 3);
        assertThat(f.message()).isEqualTo("The event loop computed for 310 ms without a break (the CPU work of tasks 0"
                + " and 3; the longest step 300 ms): 2 tasks whose waits had ended waited for it, 225 ms on average,"
                + " up to 250 ms");
    }

    @Test
    void withoutReadySegmentsTheLoopsHeldUpTasksAreCountedButNotTimed() {
        // a recording from before READY was measured (or real URLs): a timer fires on the loop when it is free, so
        // its wait ends just after the stretch; an answer that arrived during it ends inside it
        RunOutput run = new TraceBuilder(5)
                .thread("eventloop", RUNNING, 0, 0, 200, IO_WAIT, -1, 205, 300)
                .lane("pending I/O", LaneKind.DETACHED, IO_WAIT, 1, 0, 201, IO_WAIT, 2, 10, 150,
                        IO_WAIT, 3, 210, 260, IO_WAIT, 4, 190, 202)
                .run(ModelKind.EVENTLOOP, WorkloadKind.HTTP, 1, null);
        Finding f = of(null, run).find(0, FindingKind.LOOP_BLOCKED).orElseThrow();
        assertThat(f.value("delayedTasks")).isEqualTo(3); // tasks 1, 2 and 4; task 3's wait began after it
        assertThat(f.value("maxDelayMs")).isNaN();
        assertThat(f.message()).isEqualTo("The event loop computed for 200 ms without a break (task 0's CPU work): the"
                + " waits of 3 tasks ended meanwhile and were handled only after it");
    }

    @Test
    void threadsReadyButWaitingForACarrierAreOversubscribedWithoutMoreRunningThanCores() {
        RunOutput run = new TraceBuilder(2)
                .thread("virtual-1", IO_WAIT, 0, 0, 80, READY, 0, 80, 300, RUNNING, 0, 300, 310)
                .thread("virtual-2", IO_WAIT, 1, 0, 80, READY, 1, 80, 300, RUNNING, 1, 300, 310)
                .run(ModelKind.VIRTUAL, WorkloadKind.MIXED, 2, null);
        Finding f = of(null, run).find(0, FindingKind.OVERSUBSCRIBED).orElseThrow();
        assertThat(f.message()).isEqualTo("Threads were ready to run but waited for a core or a carrier thread 71 % of"
                + " their time (440 ms in all)");
        assertThat(f.value("readyMs")).isEqualTo(440);
        assertThat(f.startMs()).isEqualTo(80);
        assertThat(f.endMs()).isEqualTo(300);
    }

    @Test
    void anInterpretersInferredGilWaitsAreCalledInferred() {
        RunOutput run = new TraceBuilder(2)
                .thread("Thread-1", RUNNING, 0, 0, 50, GIL_WAIT, 0, 50, 100, RUNNING, 0, 100, 150)
                .thread("Thread-2", GIL_WAIT, 1, 0, 50, RUNNING, 1, 50, 100, GIL_WAIT, 1, 100, 150)
                .run(ModelKind.GIL, WorkloadKind.CPU_REGEX, 2, "CPython 3.11.2");
        Finding f = of(null, run).find(0, FindingKind.GIL_CONTENTION).orElseThrow();
        assertThat(f.message()).isEqualTo("2 threads, 1.0 cores used on average: 50 % of thread time waiting for the"
                + " GIL (inferred from the threads' CPU clocks, not observed)");
    }

    @Test
    void aModelNoFasterThanSequentialGetsNoGainWithTheReasonFromItsOwnFindings() {
        RunOutput sequential = new TraceBuilder(2)
                .thread("sequential-1", RUNNING, 0, 0, 100, RUNNING, 1, 100, 200)
                .run(ModelKind.SEQUENTIAL, WorkloadKind.CPU_HASH, 1, null);
        RunOutput gil = new TraceBuilder(2)
                .thread("gil-thread-1", RUNNING, 0, 0, 100, GIL_WAIT, 0, 100, 200, RUNNING, 0, 200, 210)
                .thread("gil-thread-2", GIL_WAIT, 1, 0, 100, RUNNING, 1, 100, 200)
                .run(ModelKind.GIL, WorkloadKind.CPU_HASH, 2, null);
        RunOutput pool = new TraceBuilder(2)
                .thread("pool-1", RUNNING, 0, 0, 100)
                .thread("pool-2", RUNNING, 1, 0, 100)
                .run(ModelKind.POOL, WorkloadKind.CPU_HASH, 2, null);
        ComparisonFindings all = of(null, sequential, gil, pool);
        Finding f = all.find(1, FindingKind.NO_GAIN).orElseThrow();
        assertThat(f.value("speedUp")).isCloseTo(200 / 210.0, within(1e-9));
        assertThat(f.message()).isEqualTo("gil took 210 ms against sequential's 200 ms (0.95×), no real gain: likely"
                + " because the GIL let one thread compute at a time (see gil-contention)");
        assertThat(all.find(2, FindingKind.NO_GAIN)).isEmpty();
        assertThat(all.find(0, FindingKind.NO_GAIN)).isEmpty();
        // numbered through the comparison, warnings of each run first
        assertThat(all.numbered()).extracting(n -> n.run() + ":" + n.finding().kind().id())
                .startsWith("1:gil-contention", "1:no-gain");
        assertThat(all.firstNumber(1)).isEqualTo(1 + all.run(0).size());
    }

    @Test
    void aStoppedRunsCancelledTasksAreNotFailures() {
        RunResult stopped = TraceBuilder.result(ModelKind.POOL, WorkloadKind.SLEEP, 2, 4, 100,
                Map.of("cancelled", 3), null);
        RunOutput run = new TraceBuilder(4).thread("pool-1", IO_WAIT, 0, 0, 100).run(
                new RunResult(stopped.model(), stopped.workload(), 2, 0, 4, 100, 1, 0, 0, 100, 1, 3,
                        stopped.errorReasons(), 1, 1, 0, 0, 0, 0, 0, 0, null, 2, null, null, true, null, null, null, null,
                        null, null, null, null));
        assertThat(of(null, run).find(0, FindingKind.FAILURES)).isEmpty();
    }
}
