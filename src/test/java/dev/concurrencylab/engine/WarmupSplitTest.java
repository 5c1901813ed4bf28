package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first 5 % of a run's tasks against the rest: what a JIT's warming up cost, and the speed after it. */
class WarmupSplitTest {
    private static final long MS = 1_000_000;

    @Test
    void theFirstTasksToStartAreSetAgainstTheRest() {
        // 40 finished tasks, listed out of start order: the two that started first took 14 and 6 ms, the others 2 ms
        TaskTable t = TaskTable.empty(42);
        for (int i = 0; i < 40; i++) {
            int id = (i * 7 + 3) % 40; // ids scrambled against start times
            finish(t, id, i * 20 * MS, i == 0 ? 14 * MS : i == 1 ? 6 * MS : 2 * MS);
        }
        t.started()[40] = 0; // started first but failed: not a finished task's time
        t.ended()[40] = 50 * MS;
        t.status()[40] = TaskStatus.FAILED;

        WarmupSplit w = WarmupSplit.of(WorkloadKind.CPU_REGEX, t);
        assertThat(w.firstTasks()).isEqualTo(2);
        assertThat(w.firstMs()).isEqualTo(10.0);
        assertThat(w.restMs()).isEqualTo(2.0);
        assertThat(w.ratio()).isEqualTo(5.0);
        assertThat(w.firstTaskMs()).isEqualTo(14.0);
    }

    @Test
    void fewTasksOrWorkWithoutCpuHaveNoSplit() {
        TaskTable few = TaskTable.empty(19);
        for (int i = 0; i < 19; i++) {
            finish(few, i, i * MS, MS);
        }
        assertThat(WarmupSplit.of(WorkloadKind.CPU_HASH, few)).as("19 tasks").isNull();
        TaskTable many = TaskTable.empty(100);
        for (int i = 0; i < 100; i++) {
            finish(many, i, i * MS, MS);
        }
        assertThat(WarmupSplit.of(WorkloadKind.SLEEP, many)).as("sleeps").isNull();
        assertThat(WarmupSplit.of(WorkloadKind.MIXED, many).firstTasks()).as("5 of 100").isEqualTo(5);
    }

    @Test
    void aRealRunCarriesItsSplit() throws InterruptedException {
        WorkloadConfig hash = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(40).withHashRounds(200);
        RunResult r = Runs.run(hash, ModelKind.SEQUENTIAL, Runs.workers(1)).result();
        assertThat(r.warmupSplit().firstTasks()).isEqualTo(2);
        assertThat(r.warmupSplit().firstMs()).isPositive();
        assertThat(r.warmupSplit().restMs()).isPositive();
    }

    private static void finish(TaskTable t, int id, long start, long took) {
        t.submitted()[id] = 0;
        t.started()[id] = start;
        t.ended()[id] = start + took;
        t.status()[id] = TaskStatus.FINISHED;
    }
}
