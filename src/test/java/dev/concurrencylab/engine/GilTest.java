package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The emulated GIL: CPU work never runs in parallel, I/O still overlaps, and the lock changes hands. */
class GilTest {

    @Test
    void neverMoreThanOneLaneRunning() throws Exception {
        for (boolean fair : new boolean[] {true, false}) {
            RunOutput out = Runs.run(Runs.hash(16, 20_000), ModelKind.GIL,
                    Runs.workers(4).withSwitchIntervalMs(1).withFairGil(fair));
            TraceChecks.assertValid(out);
            assertThat(TraceChecks.maxConcurrentlyRunning(out.trace())).isEqualTo(1);
        }
    }

    @Test
    void waitingThreadsShowGilWaitAndTheLockIsHandedOverMidTask() throws Exception {
        RunOutput out = Runs.run(Runs.hash(4, 200_000), ModelKind.GIL, Runs.workers(2).withSwitchIntervalMs(1));
        assertThat(TraceChecks.totalNanos(out.trace(), State.GIL_WAIT, LaneKind.THREAD)).isPositive();
        // With a 1 ms switch interval a long task is cut into many RUNNING slices.
        long runningSlices = out.trace().threadLanes().stream()
                .mapToLong(l -> countState(l.segments(), State.RUNNING)).sum();
        assertThat(runningSlices).isGreaterThan(8);
    }

    @Test
    void shortTasksDoNotLetOneThreadKeepTheLock() throws Exception {
        // tasks shorter than the switch interval: a thread releases and re-takes the lock between tasks,
        // which must not reset the waiter's claim; both threads take turns all through the run. Warmed up and
        // long enough (about 0.3 s) that JIT compiler threads or a busy CI core cannot stall a waiter for a
        // third of it; a stall of this size means the threads no longer take turns (GilLockTest pins the hand-over itself).
        RunOutput out = Runs.run(Runs.hash(1_000, 5_000), ModelKind.GIL,
                Runs.workers(2).withSwitchIntervalMs(2).withWarmup(true));
        long longestWait = 0;
        for (LaneSnapshot lane : out.trace().threadLanes()) {
            Segments s = lane.segments();
            long waitStart = -1;
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == State.GIL_WAIT) {
                    waitStart = waitStart < 0 ? s.start(i) : waitStart;
                    longestWait = Math.max(longestWait, s.end(i) - waitStart);
                } else if (s.state(i) == State.RUNNING) {
                    waitStart = -1;
                }
            }
        }
        long wall = (long) (out.result().wallMs() * 1e6);
        assertThat(longestWait).as("no thread waits for the lock through most of the run").isLessThan(wall / 3);
    }

    @Test
    void freeThreadsDoRunInParallelOnMoreThanOneCore() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2);
        RunOutput out = Runs.run(Runs.hash(8, 100_000), ModelKind.POOL, Runs.workers(2));
        assertThat(TraceChecks.maxConcurrentlyRunning(out.trace())).isEqualTo(2);
    }

    @Test
    void ioOverlapsUnderTheGil() throws Exception {
        RunOutput out = Runs.run(Runs.sleep(8, 50), ModelKind.GIL, Runs.workers(8));
        // eight 50 ms waits on eight threads: about 50 ms, far from the 400 ms of one after another
        assertThat(out.result().wallMs()).isLessThan(250);
    }

    private static long countState(Segments s, State state) {
        long n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.state(i) == state) {
                n++;
            }
        }
        return n;
    }
}
