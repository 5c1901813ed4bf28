package dev.concurrencylab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.TraceChecks;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real sweeps by the engine: every point a run with its own count, on the same tasks. */
class SweepRunTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    @Timeout(60)
    void aRealSweepOfAPoolRunsEveryCountOnTheSameTasks() throws Exception {
        // tasks of ~7 ms: long enough that a worker started late still finds tasks left to run beside the others
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(12).withHashRounds(100_000);
        ExperimentConfig config = ExperimentConfig.of(w, List.of(ModelKind.POOL), ModelSettings.defaults()
                .withWarmup(false));
        SweepSpec spec = new SweepSpec(IntStream.rangeClosed(1, CORES + 1).boxed().toList(), 2);
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

        assertThat(points).hasSize(spec.workers().size() * 2);
        assertThat(heard).hasSize(2 * points.size()).startsWith("start 0/" + points.size(), "end 0");
        for (SweepPoint p : points) {
            TraceChecks.assertValid(p.output());
            assertThat(p.result().workers()).isEqualTo(p.workers());
            assertThat(p.trace().threadLanes()).hasSize(p.workers());
            // the workers ran their tasks at once (what the app recorded, whatever share the OS gave the process)
            assertThat(TraceChecks.maxConcurrentlyRunning(p.trace())).as("%d workers", p.workers())
                    .isEqualTo(p.workers());
            assertThat(p.result().errors()).isZero();
            assertThat(p.result().tasks()).isEqualTo(12);
        }
        SweepResult r = SweepResult.of(config, spec, points, CORES);
        CurvePoint first = r.analysis().curve(ModelEntry.of(ModelKind.POOL)).points().getFirst();
        assertThat(first.speedup()).isEqualTo(1.0);
        assertThat(r.speedup(points.getFirst()) * first.throughput())
                .isCloseTo(points.getFirst().throughput(), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    @Timeout(30)
    void stoppingEndsTheSweepAtOnceAndKeepsOnlyFinishedPoints() throws Exception {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(40).withLatencyMs(50);
        ExperimentConfig config = ExperimentConfig.of(w, List.of(ModelKind.SEQUENTIAL, ModelKind.POOL),
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
            assertThat(p.model()).isEqualTo(ModelEntry.of(ModelKind.SEQUENTIAL));
            assertThat(p.trace()).as("no budget, no trace").isNull();
        });
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds: one 2 s run and a stopped one").isLessThan(10);
    }
}
