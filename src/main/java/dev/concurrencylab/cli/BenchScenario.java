package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A reference scenario of the benchmark and the targets it is held to.
 *
 * @param note lines printed after the scenario's table (e.g. published numbers beside the measured ones), or ""
 */
record BenchScenario(String name, ExperimentConfig config, List<Target> targets, Function<List<RunOutput>, String> note) {

    BenchScenario(String name, ExperimentConfig config, List<Target> targets) {
        this(name, config, targets, runs -> "");
    }

    /** One target: a description and how to judge it from the scenario's runs. */
    record Target(String description, Function<List<RunOutput>, Double> measure, double min, double max) {
        String check(List<RunOutput> runs) {
            double v = measure.apply(runs);
            boolean ok = v >= min && v <= max;
            return String.format(Locale.ROOT, "%s %s: %.3f", ok ? "PASS" : "FAIL", description, v);
        }
    }

    static RunResult of(List<RunOutput> runs, ModelKind m) {
        return output(runs, m).result();
    }

    static RunOutput output(List<RunOutput> runs, ModelKind m) {
        return runs.stream().filter(r -> r.result().model() == m).findFirst().orElseThrow();
    }

    /** The run of one entry: where a kind runs in two interpreters, the kind alone does not say which. */
    static RunResult of(List<RunOutput> runs, ModelEntry m) {
        return runs.stream().map(RunOutput::result).filter(r -> r.entry().equals(m)).findFirst().orElseThrow();
    }

    static Target speedUp(ModelKind m, double min, double max) {
        String range = max == Double.MAX_VALUE ? "≥ " + min : "≤ " + max;
        return new Target(m + " speed-up over sequential " + range + "×",
                runs -> of(runs, ModelKind.SEQUENTIAL).wallMs() / of(runs, m).wallMs(), min, max);
    }

    /** The speed-up of {@code m} over {@code base}, both in the scenario. */
    static Target speedUpOver(ModelKind base, ModelKind m, double min, double max) {
        String range = max == Double.MAX_VALUE ? "≥ " + min : "≤ " + max;
        return new Target(m + " speed-up over " + base + " " + range + "×",
                runs -> of(runs, base).wallMs() / of(runs, m).wallMs(), min, max);
    }

    static Target withinBound(ModelKind m, double tolerance) {
        return new Target(m + " wall within " + Math.round(tolerance * 100) + " % of bound (wall ÷ bound)",
                runs -> of(runs, m).wallMs() / of(runs, m).boundMs(), 0, 1 + tolerance);
    }

    /** process: the worker start-up time, per worker. */
    static Target spawnPerWorker(double maxMs) {
        return new Target("process spawn per worker ≤ " + Math.round(maxMs) + " ms (ms)",
                runs -> of(runs, ModelKind.PROCESS).spawnMs() / of(runs, ModelKind.PROCESS).workers(), 0, maxMs);
    }

    /** The process model against sequential threads, spawn included; then the same without a JIT. */
    static List<BenchScenario> process(boolean quick) {
        WorkloadConfig regex = WorkloadConfig.defaults(WorkloadKind.CPU_REGEX).withTasks(quick ? 200 : 1000).withLength(1000);
        WorkloadConfig few = regex.withTasks(quick ? 10 : 20).withLength(300);
        ModelSettings two = ModelSettings.defaults().withWorkers(2);
        List<ModelKind> models = List.of(ModelKind.SEQUENTIAL, ModelKind.PROCESS);
        return List.of(
                new BenchScenario("process: cpu-regex " + regex.tasks() + "×1000, 2 workers, spawn included",
                        ExperimentConfig.of(regex, models, two),
                        List.of(speedUp(ModelKind.PROCESS, 1.6, Double.MAX_VALUE), spawnPerWorker(1000))),
                new BenchScenario("process no-JIT (-Xint): cpu-regex " + few.tasks() + "×300, 2 workers",
                        ExperimentConfig.of(few, models, two.withWorkerJvmFlags(ModelSettings.NO_JIT_FLAGS)),
                        List.of(speedUp(ModelKind.PROCESS, 0, 0.5))));
    }

    static Target wallAtMost(ModelKind m, double maxMs) {
        return new Target(m + " wall ≤ " + maxMs / 1000 + " s", runs -> of(runs, m).wallMs() / 1000, 0, maxMs / 1000);
    }

    static Target noErrors(ModelKind m) {
        return new Target(m + " errors = 0", runs -> (double) of(runs, m).errors(), 0, 0);
    }

    static List<BenchScenario> all(boolean quick) {
        List<BenchScenario> all = new java.util.ArrayList<>(local(quick));
        all.addAll(HttpBenchScenarios.all(quick));
        all.addAll(ReadyBenchScenarios.all(quick));
        all.addAll(PythonBenchScenarios.all(quick));
        all.addAll(PyPyBenchScenarios.all(quick));
        return all;
    }

    private static List<BenchScenario> local(boolean quick) {
        WorkloadConfig regex = WorkloadConfig.defaults(WorkloadKind.CPU_REGEX).withTasks(quick ? 200 : 1000).withLength(1000);
        WorkloadConfig sleep = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(quick ? 50 : 200).withLatencyMs(100);
        ModelSettings two = ModelSettings.defaults().withWorkers(2);
        ModelSettings four = ModelSettings.defaults().withWorkers(4);
        List<BenchScenario> all = new java.util.ArrayList<>(List.of(
                new BenchScenario("cpu-regex " + regex.tasks() + "×1000, 2 workers",
                        ExperimentConfig.of(regex, List.of(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.FORKJOIN,
                                ModelKind.GIL), two),
                        List.of(speedUp(ModelKind.POOL, 1.85, Double.MAX_VALUE),
                                speedUp(ModelKind.FORKJOIN, 1.85, Double.MAX_VALUE),
                                speedUp(ModelKind.GIL, 0, 1.1))),
                new BenchScenario("sleep " + sleep.tasks() + " × 100 ms, pool of 4",
                        ExperimentConfig.of(sleep, List.of(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.VIRTUAL,
                                ModelKind.EVENTLOOP), four),
                        List.of(withinBound(ModelKind.SEQUENTIAL, 0.03), withinBound(ModelKind.POOL, 0.03),
                                withinBound(ModelKind.VIRTUAL, 0.03), withinBound(ModelKind.EVENTLOOP, 0.03)))));
        all.addAll(process(quick));
        return all;
    }
}
