package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A wait ends when its cause ends: IO_WAIT up to a sleep's or timer's due time, READY from then until the task
 * runs again. Checked against what the trace itself shows (segment order and the lanes' own CPU steps), so a
 * loaded machine changes the lengths of READY but not what is asserted. Each model first runs a few 1 ms sleeps,
 * as a run's warm-up would: a cold first wait also holds the loading of the classes it runs.
 */
@Timeout(60)
class ReadyStateTest {
    private static final long MS = 1_000_000;

    @Test
    void virtualThreadsWhoseSleepsEndWhileTheCarriersComputeAreReady() throws Exception {
        // tasks of 30 ms CPU then a 10 ms sleep, six per carrier: sleeps fall due while the carriers still compute
        int carriers = Runtime.getRuntime().availableProcessors();
        warm(ModelKind.VIRTUAL);
        List<LabTask> tasks = new ArrayList<>();
        for (int i = 0; i < 6 * carriers; i++) {
            tasks.add(new LabTask(i, List.of(new Step.Cpu(spinFor(30 * MS)), new Step.Io(new SleepRequest(10 * MS)))));
        }
        TraceSnapshot t = run(ModelKind.VIRTUAL, tasks);

        List<long[]> waits = parts(t, State.IO_WAIT);
        assertThat(waits).hasSize(6 * carriers);
        for (long[] w : waits) {
            assertThat(w[2] - w[1]).as("IO_WAIT of task %d lasts its nominal 10 ms", w[0]).isBetween(8 * MS, 12 * MS);
        }
        List<long[]> ready = parts(t, State.READY);
        assertThat(ready.size()).as("tasks that waited for a carrier").isGreaterThanOrEqualTo(3 * carriers);
        for (long[] r : ready) {
            long[] wait = waits.stream().filter(w -> w[0] == r[0]).findFirst().orElseThrow();
            assertThat(r[1]).as("READY begins when the sleep fell due").isEqualTo(wait[2]);
        }
    }

    @Test
    void timersOfABlockedEventLoopAreReadyUntilTheLoopResumesThem() throws Exception {
        // four 1 ms timers, then a task that holds the loop for 500 ms: the timers fall due while it computes
        List<LabTask> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(new LabTask(i, List.of(new Step.Io(new SleepRequest(MS)))));
        }
        tasks.add(new LabTask(4, List.of(new Step.Cpu(spinFor(500 * MS)))));
        TraceSnapshot t = run(ModelKind.EVENTLOOP, tasks);

        long[] blocked = parts(t, State.RUNNING).getFirst();
        assertThat(blocked[0]).isEqualTo(4);
        List<long[]> ready = parts(t, State.READY);
        assertThat(ready).extracting(r -> r[0]).containsExactlyInAnyOrder(0L, 1L, 2L, 3L);
        for (long[] r : ready) {
            long[] wait = parts(t, State.IO_WAIT).stream().filter(w -> w[0] == r[0]).findFirst().orElseThrow();
            assertThat(wait[2] - wait[1]).as("the timer's own 1 ms").isBetween(MS, 3 * MS);
            assertThat(r[1]).isEqualTo(wait[2]);
            assertThat(r[2]).as("resumed once the CPU step let go of the loop").isGreaterThanOrEqualTo(blocked[2]);
            assertThat(r[2] - r[1]).as("about the 500 ms the loop was blocked").isGreaterThanOrEqualTo(490 * MS);
        }
    }

    @Test
    void threadsComputingOnFewerCoresShowNoReadyForTheSchedulerIsNotObserved() throws Exception {
        RunOutput out = Runs.run(Runs.hash(32, 20_000), ModelKind.POOL, Runs.workers(8));
        TraceChecks.assertValid(out);
        assertThat(parts(out.trace(), State.READY)).isEmpty();
        assertThat(out.result().readyMs()).as("nothing measured, nothing claimed").isNull();
    }

    /**
     * Nothing computes, so a READY here is only the hand-over from the JDK's timer to a carrier: short next to the
     * sleep itself (how short, in ms, depends on the machine's load: {@code bench --only ready} measures it).
     */
    @Test
    void aCleanSleepOnVirtualThreadsIsItsSleepThenAShortReady() throws Exception {
        warm(ModelKind.VIRTUAL);
        RunOutput out = Runs.run(Runs.sleep(50, 50), ModelKind.VIRTUAL, Runs.workers(1));
        TraceChecks.assertValid(out);
        List<long[]> waits = parts(out.trace(), State.IO_WAIT);
        // a READY too short to draw stays with its IO_WAIT
        assertThat(waits).hasSize(50).allSatisfy(w -> assertThat(w[2] - w[1])
                .isBetween(50 * MS, 50 * MS + LaneWait.MIN_PART_NANOS));
        for (long[] r : parts(out.trace(), State.READY)) {
            long due = waits.stream().filter(w -> w[0] == r[0]).findFirst().orElseThrow()[2];
            assertThat(r[1]).isEqualTo(due);
            assertThat(r[2] - r[1]).as("task %d waited for a carrier", r[0])
                    .isBetween(LaneWait.MIN_PART_NANOS, 50 * MS);
        }
        assertReadyTotal(out);
    }

    @Test
    void everyThreadModelAndTheEventLoopSplitTheirSleepsTheSameWay() throws Exception {
        for (ModelKind m : TraceInvariantsTest.IN_PROCESS) {
            warm(m);
        }
        for (RunOutput out : Runs.compare(Runs.mixed(12, 20, 0.5), Runs.workers(3), TraceInvariantsTest.IN_PROCESS)) {
            TraceChecks.assertValid(out);
            assertThat(parts(out.trace(), State.IO_WAIT)).as(out.result().model().id()).allSatisfy(w ->
                    assertThat(w[2] - w[1]).isBetween(10 * MS, 12 * MS));
            assertReadyTotal(out);
        }
    }

    /** readyMs is the sum of the READY drawn, nothing more. */
    private static void assertReadyTotal(RunOutput out) {
        long sum = parts(out.trace(), State.READY).stream().mapToLong(r -> r[2] - r[1]).sum();
        assertThat(out.result().readyMs()).isCloseTo(sum / 1e6, org.assertj.core.data.Offset.offset(0.002));
    }

    /** Every task's segment in {@code state} on any lane, as {task, start, end}, by start. */
    static List<long[]> parts(TraceSnapshot t, State state) {
        List<long[]> out = new ArrayList<>();
        for (LaneSnapshot lane : t.lanes()) {
            Segments s = lane.segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == state && s.task(i) >= 0) {
                    out.add(new long[] {s.task(i), s.start(i), s.end(i)});
                }
            }
        }
        out.sort((a, b) -> Long.compare(a[1], b[1]));
        return out;
    }

    /** Runs {@code tasks} under {@code model}, without a warm-up of their own, and checks the trace. */
    private static TraceSnapshot run(ModelKind model, List<LabTask> tasks) throws InterruptedException {
        TraceRecorder trace = new TraceRecorder(tasks.size());
        try (SleepSession io = new SleepSession()) {
            Models.create(model).run(new RunContext(model, tasks, trace, io, ModelSettings.defaults(), new CancelToken()));
        }
        trace.complete();
        return trace.snapshot();
    }

    private static void warm(ModelKind model) throws InterruptedException {
        Runs.run(Runs.sleep(4, 1), model, Runs.workers(2));
    }

    private static CpuWork spinFor(long nanos) {
        return checkpoint -> {
            long end = System.nanoTime() + nanos;
            while (System.nanoTime() < end) {
                checkpoint.poll();
            }
            return null;
        };
    }
}
