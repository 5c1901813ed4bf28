package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every model computes the same answers for the same tasks; and sleeps are measured, not assumed. */
class ModelResultsTest {

    @Test
    void everyModelFindsTheSameMatches() throws Exception {
        List<Integer> matches = new ArrayList<>();
        for (RunOutput o : Runs.compare(Runs.regex(40, 400), Runs.workers(3), TraceInvariantsTest.IN_PROCESS)) {
            matches.add(o.result().matches());
        }
        int expected = 0;
        for (String s : RegexInputs.generate(40, 400, WorkloadConfig.defaults().seed())) {
            if (RegexWorkTest.oracle(s).found()) {
                expected++;
            }
        }
        assertThat(matches).hasSize(TraceInvariantsTest.IN_PROCESS.length).containsOnly(expected);
    }

    @Test
    void sleepRunsLandNearTheirBound() throws Exception {
        RunOutput seq = Runs.run(Runs.sleep(10, 20), ModelKind.SEQUENTIAL, Runs.workers(1));
        assertThat(seq.result().boundMs()).isEqualTo(200.0);
        assertThat(seq.result().wallMs()).isBetween(200.0, 400.0);
        RunOutput pool = Runs.run(Runs.sleep(10, 20), ModelKind.POOL, Runs.workers(5));
        assertThat(pool.result().boundMs()).isEqualTo(40.0);
        assertThat(pool.result().cpuUtilization()).as("sleeping uses almost no CPU").isLessThan(0.2);
    }

    @Test
    void poolRecordsQueueingTime() throws Exception {
        RunOutput out = Runs.run(Runs.sleep(6, 20), ModelKind.POOL, Runs.workers(2));
        TaskTable t = out.trace().tasks();
        // the last two tasks waited in the queue for two rounds of 20 ms
        assertThat(t.started()[5] - t.submitted()[5]).isGreaterThanOrEqualTo(35_000_000L);
        // from submission the queue counts; from the start only the task's own 20 ms sleep (and a late wake-up)
        assertThat(out.result().responseP99Ms()).isGreaterThanOrEqualTo(55);
        assertThat(out.result().serviceP99Ms()).isGreaterThanOrEqualTo(19).isLessThanOrEqualTo(
                out.result().responseP99Ms());
        long longestService = 0;
        for (int i = 0; i < t.size(); i++) {
            longestService = Math.max(longestService, t.ended()[i] - t.started()[i]);
        }
        assertThat(out.result().serviceP99Ms()).isCloseTo(longestService / 1e6, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void cpuTimeIsMeasuredOnTheThreads() throws Exception {
        RunOutput cpu = Runs.run(Runs.hash(8, 50_000), ModelKind.POOL, Runs.workers(2));
        RunOutput io = Runs.run(Runs.sleep(8, 20), ModelKind.POOL, Runs.workers(2));
        // CPU time does not depend on how busy the machine is, wall time does: compare CPU with CPU
        assertThat(cpu.result().cpuMs()).isGreaterThan(20 * Math.max(io.result().cpuMs(), 0.5));
        assertThat(io.result().cpuMs()).isLessThan(io.result().wallMs() * 0.2);
        RunOutput virtual = Runs.run(Runs.hash(8, 50_000), ModelKind.VIRTUAL, Runs.workers(2));
        assertThat(virtual.result().cpuMs()).as("virtual threads measured on their carriers").isPositive();
    }

    @Test
    void mixedTasksSpendTheirCpuShareOnTheCpu() throws Exception {
        // 10 tasks of 40 ms nominal, half of it CPU: about 200 ms of CPU in all, whatever the machine's load
        RunOutput out = Runs.run(Runs.mixed(10, 40, 0.5), ModelKind.SEQUENTIAL, Runs.workers(1));
        assertThat(out.result().cpuMs()).isBetween(100.0, 400.0);
    }
}
