package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A mixed task's CPU part is as long as the experiment says: 100 ms tasks with a 20 % CPU share compute for about
 * 20 ms of their thread's CPU time. (Calibrated too early, while the JIT had not compiled the hash loop, they
 * computed 1.4 ms in the window, and the event loop "beat" virtual threads.)
 */
class MixedCpuPartTest {
    @Test
    void theCpuPartOfAMixedTaskLastsItsShareOfTheTask() throws Exception {
        WorkloadConfig c = WorkloadConfig.defaults(WorkloadKind.MIXED).withTasks(7).withLatencyMs(100)
                .withCpuShare(0.2);
        try (Workload w = Workloads.create(c)) {
            double[] ms = new double[w.tasks().size()];
            for (int i = 0; i < ms.length; i++) {
                Step.Cpu cpu = (Step.Cpu) w.tasks().get(i).steps().get(0);
                long t0 = CpuClock.currentThread();
                cpu.work().run(Checkpoint.NONE);
                ms[i] = (CpuClock.currentThread() - t0) / 1e6;
            }
            Arrays.sort(ms);
            assertThat(ms[ms.length / 2]).as("median CPU part of %s ms", Arrays.toString(ms)).isBetween(13.0, 27.0);
        }
    }
}
