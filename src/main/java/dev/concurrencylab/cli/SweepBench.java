package dev.concurrencylab.cli;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.sweep.CurvePoint;
import dev.concurrencylab.sweep.ModelCurve;
import dev.concurrencylab.sweep.Sweep;
import dev.concurrencylab.sweep.SweepListener;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepPoint;
import dev.concurrencylab.sweep.SweepResult;
import dev.concurrencylab.sweep.SweepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sweep scenarios of {@code bench}: the speed-up curve of a pool and the GIL on cpu-hash with their fits, a
 * pool on sleeps against Little's law, and what the sweep machinery costs over its runs.
 */
final class SweepBench {
    static final String PREFIX = "sweep: ";
    private final boolean quick;
    private final List<String> verdicts;

    SweepBench(boolean quick, List<String> verdicts) {
        this.quick = quick;
        this.verdicts = verdicts;
    }

    static List<String> names() {
        return List.of(PREFIX + "cpu-hash pool and gil", PREFIX + "sleep pool, Little's law", PREFIX + "overhead");
    }

    void run(String only) throws InterruptedException {
        if (only == null || names().get(0).contains(only)) {
            cpu();
        }
        if (only == null || names().get(1).contains(only)) {
            little();
        }
        if (only == null || names().get(2).contains(only)) {
            overhead();
        }
    }

    private void cpu() throws InterruptedException {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(quick ? 64 : 200);
        SweepResult r = sweep(names().get(0), ExperimentConfig.of(w, List.of(ModelKind.POOL, ModelKind.GIL),
                ModelSettings.defaults()), SweepSpec.parse("1..8", 3));
        ModelCurve pool = r.analysis().curve(ModelEntry.of(ModelKind.POOL));
        double at2 = at(pool, 2).speedup();
        double ratio = at(pool, 8).speedup() / at2;
        check(at2 >= 1.7, "pool speed-up at 2 workers ≥ 1.7×: %.3f×", at2);
        check(Math.abs(ratio - 1) <= 0.15, "pool speed-up at 8 within ±15 %% of that at 2: %+.1f %%", (ratio - 1) * 100);
        check(pool.fitted() && pool.usl().r2() >= 0.9, "pool USL fit R² ≥ 0.9: %.3f",
                pool.fitted() ? pool.usl().r2() : Double.NaN);
        ModelCurve gil = r.analysis().curve(ModelEntry.of(ModelKind.GIL));
        check(gil.fitted() && gil.amdahl().serialFraction() >= 0.8, "gil Amdahl serial fraction ≥ 0.8: %.3f",
                gil.fitted() ? gil.amdahl().serialFraction() : Double.NaN);
    }

    private void little() throws InterruptedException {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(64).withLatencyMs(20).withJitterMs(0);
        SweepResult r = sweep(names().get(1), ExperimentConfig.of(w, List.of(ModelKind.POOL),
                ModelSettings.defaults()), SweepSpec.parse("1,2,4,8,16,32", 3));
        double worst = 0;
        double worstSpeedup = 0;
        ModelCurve pool = r.analysis().curve(ModelEntry.of(ModelKind.POOL));
        double law1 = r.analysis().little().throughput(pool.firstCount());
        for (CurvePoint p : pool.points()) {
            double law = r.analysis().little().throughput(p.workers());
            worst = Math.max(worst, Math.abs(p.throughput() / law - 1));
            worstSpeedup = Math.max(worstSpeedup, Math.abs(p.speedup() / (law / law1) - 1));
        }
        check(worst <= 0.10, "pool on sleep follows Little's law within 10 %% up to N = 32 (throughput): %.1f %%",
                worst * 100);
        System.out.printf(Locale.ROOT, "largest deviation of the speed-up from Little's law's: %.1f %%%n%n",
                worstSpeedup * 100);
    }

    /** Without warm-up, a sweep's time is its runs' wall times plus what the sweep itself adds. */
    private void overhead() throws InterruptedException {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(64);
        ExperimentConfig config = ExperimentConfig.of(w, List.of(ModelKind.POOL), ModelSettings.defaults()
                .withWarmup(false));
        SweepSpec spec = SweepSpec.parse("1..6", 3);
        try (Workload workload = Comparison.prepare(config)) {
            Sweep.execute(config, spec, workload, new CancelToken(), SweepListener.NONE, 0); // JIT, untimed
            Timed timed = new Timed();
            long t0 = System.nanoTime();
            List<SweepPoint> points = Sweep.execute(config, spec, workload, new CancelToken(), timed,
                    Sweep.DEFAULT_TRACE_BUDGET);
            SweepResult result = SweepResult.of(config, spec, points, Runtime.getRuntime().availableProcessors());
            double elapsedMs = (System.nanoTime() - t0) / 1e6;
            double wall = points.stream().mapToDouble(SweepPoint::wallMs).sum();
            System.out.print(SweepSummary.format(names().get(2) + ": cpu-hash 64 tasks, pool at 1..6, 3 repeats, "
                    + "no warm-up", result));
            System.out.printf(Locale.ROOT, "sweep %.1f ms, its runs' wall times %.1f ms, inside the engine's runs "
                    + "(set-up, the run, metrics) %.1f ms; the sweep's own work around them %.1f ms (%.2f %%)%n%n",
                    elapsedMs, wall, timed.insideMs(), elapsedMs - timed.insideMs(),
                    (elapsedMs - timed.insideMs()) / wall * 100);
            check(elapsedMs / wall - 1 <= 0.10, "a sweep of 6 counts × 3 repeats adds ≤ 10 %% over its runs' wall "
                    + "times: %+.1f %%", (elapsedMs / wall - 1) * 100);
        }
    }

    private SweepResult sweep(String name, ExperimentConfig config, SweepSpec spec) throws InterruptedException {
        List<SweepPoint> points = Sweep.execute(config, spec, new CancelToken(), SweepListener.NONE, 0);
        SweepResult r = SweepResult.of(config, spec, points, Runtime.getRuntime().availableProcessors());
        System.out.print(SweepSummary.format(name + ": " + config.workload().tasks() + " × " + config.workload().kind()
                + ", counts " + spec.workersText() + ", " + spec.repeats() + " repeats", r));
        System.out.println();
        return r;
    }

    private static CurvePoint at(ModelCurve c, int workers) {
        return c.points().stream().filter(p -> p.workers() == workers).findFirst().orElseThrow();
    }

    private void check(boolean ok, String format, double value) {
        verdicts.add((ok ? "PASS " : "FAIL ") + String.format(Locale.ROOT, format, value));
    }

    /** Time spent inside the engine's runs (warm-up, set-up, the measured run, metrics). */
    private static final class Timed implements SweepListener {
        private final List<Long> begins = new ArrayList<>();
        private long inside;

        @Override
        public void pointBegins(int index, int total, SweepPlan.Step step) {
            begins.add(System.nanoTime());
        }

        @Override
        public void pointFinished(int index, int total, SweepPoint point) {
            inside += System.nanoTime() - begins.getLast();
        }

        double insideMs() {
            return inside / 1e6;
        }
    }
}
