package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A run tells the CPU its own threads used from what the app's other threads took meanwhile (uiCpuMs), and
 * whether its threads got the CPU they asked for (cpuAskedMs): the window's honesty rests on both.
 */
class RunCpuAccountingTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void anotherThreadsCpuDuringTheRunIsCountedAsOtherNotAsTheRuns() throws Exception {
        AtomicBoolean spin = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        // spins from the run's start on (a busy app before it would only hold the run back: QuietStart)
        Thread noise = Thread.ofPlatform().name("noise").start(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            long x = 0;
            while (spin.get()) {
                x += x * 31 + 7;
            }
            assertThat(x).isNotEqualTo(42);
        });
        long[] noiseCpu = new long[2];
        RunListener watch = new RunListener() {
            @Override
            public void runStarted(int index, ModelKind model, TraceRecorder trace) {
                noiseCpu[0] = THREADS.getThreadCpuTime(noise.threadId());
                go.countDown();
            }

            @Override
            public void runFinished(int index, RunOutput output) {
                noiseCpu[1] = THREADS.getThreadCpuTime(noise.threadId());
            }
        };
        RunResult r;
        // about 150 ms: the process CPU clock ticks in 10 ms steps, and the listener's calls sit a few ms outside
        // the span the run measures, so a short run cannot tell the noise from those edges
        try (Workload w = Workloads.create(Runs.hash(40, 80_000))) {
            r = Run.execute(0, w, ModelKind.SEQUENTIAL, Runs.workers(1), new CancelToken(), watch).result();
        } finally {
            spin.set(false);
            noise.join();
        }
        double noiseMs = (noiseCpu[1] - noiseCpu[0]) / 1e6;
        assertThat(noiseMs).as("the noise ran during the run").isGreaterThan(0);
        assertThat(r.uiCpuMs()).as("other threads' CPU holds the noise thread's %.1f ms", noiseMs)
                .isGreaterThanOrEqualTo(0.9 * noiseMs - 10);
        assertThat(r.cpuMs()).as("the run's own CPU leaves the noise out").isLessThan(r.wallMs() + 5);
    }

    @Test
    void aSequentialRunAsksForItsRunningTimeWhichHoldsItsCpu() throws Exception {
        RunResult r = Runs.run(Runs.hash(40, 20_000), ModelKind.SEQUENTIAL, Runs.workers(1)).result();
        assertThat(r.cpuAskedMs()).as("one lane: no more than the wall time").isLessThanOrEqualTo(r.wallMs());
        assertThat(r.cpuAskedMs()).as("its CPU was spent RUNNING").isGreaterThan(0.9 * r.cpuMs());
    }

    @Test
    void moreRunningLanesThanCoresAskForNoMoreThanTheCores() {
        // three lanes RUNNING over [0, 10) ms on 2 cores ask for 20 ms, not 30; a lone lane for [10, 14) asks 4
        TraceSnapshot t = trace(new long[][] {{0, 10}, {0, 14}, {0, 10}});
        assertThat(CpuAsked.nanos(t, 2)).isEqualTo(24_000_000L);
        assertThat(CpuAsked.nanos(t, 4)).isEqualTo(34_000_000L);
    }

    @Test
    void waitsAndDetachedLanesAskForNothing() {
        TaskTable tasks = TaskTable.empty(1);
        ArraySegments.Builder waits = ArraySegments.builder(1);
        waits.add(State.IO_WAIT, 0, 0, 50_000_000L);
        TraceSnapshot t = new TraceSnapshot(50_000_000L, List.of(
                new LaneSnapshot(0, "pending I/O", LaneKind.DETACHED, waits.build(), -1, null, 0, 0)), tasks, true);
        assertThat(CpuAsked.nanos(t, 2)).isZero();
    }

    private static TraceSnapshot trace(long[][] runningMs) {
        List<LaneSnapshot> lanes = new java.util.ArrayList<>();
        for (int i = 0; i < runningMs.length; i++) {
            ArraySegments.Builder b = ArraySegments.builder(1);
            b.add(State.RUNNING, i, runningMs[i][0] * 1_000_000L, runningMs[i][1] * 1_000_000L);
            lanes.add(new LaneSnapshot(i, "t" + i, LaneKind.THREAD, b.build(), -1, null, 0, 0));
        }
        return new TraceSnapshot(20_000_000L, lanes, TaskTable.empty(runningMs.length), true);
    }
}
