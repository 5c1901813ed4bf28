package dev.concurrencylab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real sweeps by the engine: every point a run with its own count, on the same tasks. */
class SweepRunTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    @Timeout(60)
    void aPoolOnCpuHashGetsFasterWithEveryWorkerUpToTheCores() throws Exception {
        // runs of ~0.2 s at one worker on a quiet machine: long enough that a time slice lost to a neighbour is
        // a small part of them; without warm-up (the first run is the JIT's, and only one of three)
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(24).withHashRounds(100_000);
        ExperimentConfig config = new ExperimentConfig(w, List.of(ModelKind.POOL), ModelSettings.defaults()
                .withWarmup(false));
        SweepSpec spec = new SweepSpec(java.util.stream.IntStream.rangeClosed(1, Math.max(2, CORES)).boxed().toList(), 3);
        List<String> heard = new ArrayList<>();
        List<SweepPoint> points = Sweep.execute(config, spec, new CancelToken(), new SweepListener() {
            @Override
            public void pointStarted(int index, int total, SweepPlan.Step step, TraceRecorder trace) {
                heard.add("start " + index + "/" + total);
            }

            @Override
            public void pointFinished(int index, int total, SweepPoint point) {
                heard.add("end " + index);
            }
        }, Sweep.DEFAULT_TRACE_BUDGET);

        assertThat(points).hasSize(spec.workers().size() * 3);
        assertThat(heard).hasSize(2 * points.size()).startsWith("start 0/" + points.size(), "end 0");
        for (SweepPoint p : points) {
            assertThat(p.result().workers()).isEqualTo(p.workers());
            assertThat(p.trace().threadLanes()).hasSize(p.workers());
            assertThat(p.result().errors()).isZero();
            assertThat(p.result().tasks()).isEqualTo(24);
        }
        // the best of three per count: a neighbour's burst on a shared machine slows some runs, not all three
        SweepResult r = SweepResult.of(config, spec, points, CORES);
        List<CurvePoint> curve = r.analysis().curve(ModelKind.POOL).points();
        for (int n = 2; n <= Math.min(CORES, curve.size()); n++) {
            assertThat(curve.get(n - 1).maxThroughput()).as("best throughput at %d workers against %d", n, n - 1)
                    .isGreaterThan(curve.get(n - 2).maxThroughput());
        }
    }

    @Test
    @Timeout(30)
    void stoppingEndsTheSweepAtOnceAndKeepsOnlyFinishedPoints() throws Exception {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(40).withLatencyMs(50);
        ExperimentConfig config = new ExperimentConfig(w, List.of(ModelKind.SEQUENTIAL, ModelKind.POOL),
                ModelSettings.defaults().withWarmup(false));
        CancelToken cancel = new CancelToken();
        AtomicInteger started = new AtomicInteger();
        long t0 = System.nanoTime();
        List<SweepPoint> points = Sweep.execute(config, SweepSpec.parse("1,2", 2), cancel, new SweepListener() {
            @Override
            public void pointStarted(int index, int total, SweepPlan.Step step, TraceRecorder trace) {
                if (started.incrementAndGet() == 2) {
                    cancel.cancel(); // during the pool's first run; the sequential one (2 s) has ended
                }
            }
        }, 0);
        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.model()).isEqualTo(ModelKind.SEQUENTIAL);
            assertThat(p.trace()).as("no budget, no trace").isNull();
        });
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds: one 2 s run and a stopped one").isLessThan(10);
    }
}
