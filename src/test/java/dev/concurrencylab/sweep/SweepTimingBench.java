package dev.concurrencylab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A benchmark, not a test (surefire does not pick it up; {@link SweepRunTest} checks in every build that each
 * count's workers really ran at once). Run it on a quiet machine:
 * {@code mvn -B test -Dtest=SweepTimingBench -Dsurefire.failIfNoSpecifiedTests=false}; {@code bench --only sweep}
 * measures the same with more work.
 */
class SweepTimingBench {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /**
     * The measured curve rises up to the core count. A wall-clock target: this machine schedules sessions, not
     * threads, fairly (sched_autogroup), so while other sessions keep its cores busy a second thread gains the
     * process nothing and the curve is flat (it failed 2 of 4 times at load 14 on 2 cores). Run it on a quiet
     * machine: {@code mvn -B test -Dtest=SweepTimingBench -Dsurefire.failIfNoSpecifiedTests=false};
     * {@code bench --only sweep} measures the same with more work.
     */
    @Test
    @Timeout(90)
    void aPoolOnCpuHashGetsFasterWithEveryWorkerUpToTheCores() throws Exception {
        // runs of ~0.3 s at one worker on a quiet machine, without warm-up (the first run is the JIT's, one of 4)
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(24).withHashRounds(200_000);
        ExperimentConfig config = ExperimentConfig.of(w, List.of(ModelKind.POOL), ModelSettings.defaults()
                .withWarmup(false));
        SweepSpec spec = new SweepSpec(IntStream.rangeClosed(1, Math.max(2, CORES)).boxed().toList(), 4);
        List<SweepPoint> points = Sweep.execute(config, spec, new CancelToken(), SweepListener.NONE, 0);
        List<CurvePoint> curve = SweepResult.of(config, spec, points, CORES).analysis().curve(ModelEntry.of(ModelKind.POOL))
                .points();
        // the best of four per count: a neighbour's burst slows some runs, not all four
        for (int n = 2; n <= Math.min(CORES, curve.size()); n++) {
            assertThat(curve.get(n - 1).maxThroughput()).as("best throughput at %d workers against %d", n, n - 1)
                    .isGreaterThan(curve.get(n - 2).maxThroughput());
        }
    }

}
