package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ProcessBudget;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Options given on the command line that the chosen workload or models do not use: each is named, so
 * {@code --hash-rounds 5 --workload sleep} does not look as if it did something. Also says when worker
 * processes are fewer than asked, because the machine would not hold them.
 */
final class OptionUse {
    private OptionUse() {
    }

    /** @param workers {@code --workers} as given, or null */
    static List<String> warnings(ExperimentOptions o, Integer workers, ExperimentConfig c) {
        WorkloadKind w = c.workload().kind();
        Set<ModelKind> models = c.models().isEmpty() ? Set.of() : EnumSet.copyOf(c.kinds());
        List<String> out = new ArrayList<>();
        workload(out, o.length != null, "--length", w == WorkloadKind.CPU_REGEX && c.workload().inputFile() == null, w);
        workload(out, o.hashRounds != null, "--hash-rounds", w == WorkloadKind.CPU_HASH, w);
        workload(out, o.latencyMs != null, "--latency-ms", w == WorkloadKind.SLEEP || w == WorkloadKind.HTTP
                || w == WorkloadKind.MIXED, w);
        workload(out, o.jitterMs != null, "--jitter-ms", w == WorkloadKind.SLEEP || w == WorkloadKind.HTTP, w);
        workload(out, o.cpuShare != null, "--cpu-share", w == WorkloadKind.MIXED, w);
        workload(out, o.input != null, "--input", w == WorkloadKind.CPU_REGEX, w);
        workload(out, o.maxConnections != null, "--max-connections", w == WorkloadKind.HTTP, w);
        workload(out, o.deadlineMs != null, "--deadline-ms", w == WorkloadKind.HTTP, w);
        workload(out, o.maxBodyBytes != null, "--max-body-bytes", w == WorkloadKind.HTTP, w);
        model(out, workers != null, "--workers", models.stream().anyMatch(ModelKind::usesWorkers),
                "pool, forkjoin, gil, process, cpython-threads or cpython-processes");
        model(out, o.maxInFlight != null, "--max-in-flight", models.stream().anyMatch(ModelKind::usesMaxInFlight),
                "virtual, eventloop or cpython-asyncio");
        boolean python = models.stream().anyMatch(ModelKind::inPython);
        model(out, o.switchIntervalMs != null, "--switch-interval-ms", models.contains(ModelKind.GIL) || python,
                "gil and the cpython-* models");
        model(out, o.unfairGil, "--unfair-gil", models.contains(ModelKind.GIL), "gil");
        // an entry naming its own interpreter (cpython-sequential@pypy3) does not use the comparison's
        model(out, o.python != null, "--python", c.models().stream().anyMatch(e -> e.kind().inPython()
                && !e.hasInterpreter()), "the cpython-* models that name no interpreter of their own");
        model(out, o.executorThreads != null, "--executor-threads", models.contains(ModelKind.ARTICLE_ASYNCIO)
                || models.contains(ModelKind.CPYTHON_ARTICLE_ASYNCIO), "article-asyncio or cpython-article-asyncio");
        model(out, o.workerJvmFlags != null || o.warmWorkers, "--worker-jvm-flags/--warm-workers",
                models.contains(ModelKind.PROCESS), "process");
        int asked = c.settings().workers();
        if (models.contains(ModelKind.PROCESS) && asked > ProcessBudget.maxWorkers()) {
            out.add("--workers " + asked + ": this machine's free memory holds about " + ProcessBudget.maxWorkers()
                    + " worker processes (" + (ProcessBudget.BYTES_PER_WORKER >> 20) + " MB counted for each); "
                    + "process starts " + ProcessBudget.maxWorkers());
        }
        return out;
    }

    private static void workload(List<String> out, boolean given, String option, boolean used, WorkloadKind w) {
        if (given && !used) {
            out.add(option + " does not apply to the " + w.id() + " workload; ignored");
        }
    }

    private static void model(List<String> out, boolean given, String option, boolean used, String which) {
        if (given && !used) {
            out.add(option + " applies only to " + which + ", none of which runs here; ignored");
        }
    }
}
