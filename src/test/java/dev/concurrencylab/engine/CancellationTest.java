package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stopping a run ends every thread it started within a second, and leaves a partial trace with no failures. */
class CancellationTest {

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"PROCESS"}, mode = EnumSource.Mode.EXCLUDE)
    void cpuRunStopsWithinASecond(ModelKind model) throws Exception {
        assertStops(model, Runs.hash(64, 2_000_000));
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"PROCESS"}, mode = EnumSource.Mode.EXCLUDE)
    void ioRunStopsWithinASecond(ModelKind model) throws Exception {
        assertStops(model, Runs.sleep(64, 10_000));
    }

    private static void assertStops(ModelKind model, WorkloadConfig config) throws Exception {
        CancelToken cancel = new CancelToken();
        try (Workload w = Workloads.create(config)) {
            CompletableFuture<RunOutput> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return Run.execute(0, w, model, Runs.workers(4), cancel, RunListener.NONE);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            long t0 = System.nanoTime();
            cancel.cancel();
            RunOutput out = run.get(5, TimeUnit.SECONDS);
            assertThat((System.nanoTime() - t0) / 1e9).as("stopped within a second").isLessThan(1.0);
            assertThat(out.result().cancelled()).isTrue();
            assertThat(out.trace().complete()).isTrue();
            // what the stop cut short did not fail: it was not run
            assertThat(out.result().errors()).as("failures").isZero();
            assertThat(out.trace().tasks().notRunCount()).as("tasks not run").isPositive();
            assertThat(TraceChecks.engineThreads()).as("no thread left behind").isEmpty();
        }
    }
}
