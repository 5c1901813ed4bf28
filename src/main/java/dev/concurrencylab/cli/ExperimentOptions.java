package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.TargetUrls;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.ExperimentFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options shared by {@code run}, {@code compare} and {@code sweep}. Unset options keep the experiment file's
 * values ({@code --experiment}), or else the workload's defaults; options given on the command line win over the
 * file. {@code --workers} is not here: a sweep takes a list of counts where the others take one
 * ({@link WorkersOption}).
 */
final class ExperimentOptions {
    @Option(names = "--experiment", paramLabel = "FILE|preset:ID",
            description = "start from an experiment file, or a bundled preset such as preset:classic-cpu; "
                    + "options given as well override the file's values")
    String experimentFile;

    @Option(names = "--workload", paramLabel = "KIND",
            description = "cpu-regex, cpu-hash, sleep, http or mixed (default: cpu-regex, or the experiment's)")
    String workload;

    @Option(names = "--tasks", paramLabel = "N", description = "number of tasks")
    Integer tasks;

    @Option(names = "--length", paramLabel = "N", description = "cpu-regex: characters per string (default 1000)")
    Integer length;

    @Option(names = "--hash-rounds", paramLabel = "N", description = "cpu-hash: SHA-256 rounds per task (default 10000)")
    Integer hashRounds;

    @Option(names = "--latency-ms", paramLabel = "MS", description = "I/O wait per task; mixed: a task's whole duration (default 100)")
    Integer latencyMs;

    @Option(names = "--jitter-ms", paramLabel = "MS", description = "sleep: add 0..MS of random jitter per task")
    Integer jitterMs;

    @Option(names = "--cpu-share", paramLabel = "FRACTION", description = "mixed: share of each task spent on CPU, 0 to 1 (default 0.2)")
    Double cpuShare;

    @Option(names = "--max-in-flight", paramLabel = "N",
            description = "virtual, eventloop, cpython-asyncio: cap on tasks in flight (default: no cap)")
    Integer maxInFlight;

    @Option(names = "--seed", paramLabel = "N", description = "seed for generated inputs (default 42)")
    Long seed;

    @Option(names = "--input", paramLabel = "FILE", description = "cpu-regex: one string per line, instead of generated ones")
    String input;

    @Option(names = "--switch-interval-ms", paramLabel = "MS",
            description = "gil: switch interval (default 5, like CPython); cpython-*: set as the interpreter's own")
    Double switchIntervalMs;

    @Option(names = "--unfair-gil", description = "gil: let a dropping thread take the lock straight back")
    boolean unfairGil;

    @Option(names = "--max-connections", paramLabel = "N", description = "http: connection-pool limit (default: the model's concurrency)")
    Integer maxConnections;

    @Option(names = "--executor-threads", paramLabel = "N",
            description = "article-asyncio, cpython-article-asyncio: executor threads (default 0: Python's min(32, "
                    + "cores + 4); the article ran 12)")
    Integer executorThreads;

    @Option(names = "--worker-jvm-flags", paramLabel = "FLAGS",
            description = "process: JVM options for the worker processes, e.g. --worker-jvm-flags=-Xint (no JIT)")
    String workerJvmFlags;

    @Option(names = "--warm-workers", description = "process: keep one worker pool alive between runs (no spawn after the first)")
    boolean warmWorkers;

    @Option(names = "--python", paramLabel = "PATH",
            description = "cpython-*: the Python 3.8+ interpreter, a path or a command on PATH (default: python3, "
                    + "then python)")
    String python;

    @Option(names = "--url", paramLabel = "URL",
            description = "http: fetch this URL (repeatable; http or https) instead of the embedded latency server")
    List<String> urls = new ArrayList<>();

    @Option(names = "--urls", paramLabel = "FILE", description = "http: fetch the URLs in FILE, one per line ('#' comments)")
    String urlsFile;

    @Option(names = "--deadline-ms", paramLabel = "MS",
            description = "http: longest a whole response may take, from sending the request to its last byte "
                    + "(default: the latency + jitter + 20 s)")
    Integer deadlineMs;

    @Option(names = "--max-body-bytes", paramLabel = "N",
            description = "http: largest response body read; a longer one fails its task (default 64 MiB)")
    Long maxBodyBytes;

    @Option(names = "--no-warmup", description = "skip the untimed warm-up before each run (shows the cold JIT)")
    boolean noWarmup;

    WorkloadConfig workloadConfig(WorkloadConfig base) {
        WorkloadConfig c = base;
        if (workload != null) {
            WorkloadKind kind = WorkloadKind.parse(workload);
            c = base == null ? WorkloadConfig.defaults(kind) : base.withKind(kind);
        } else if (c == null) {
            c = WorkloadConfig.defaults(WorkloadKind.CPU_REGEX);
        }
        if (tasks != null) {
            c = c.withTasks(tasks);
        }
        if (length != null) {
            c = c.withLength(length);
        }
        if (hashRounds != null) {
            c = c.withHashRounds(hashRounds);
        }
        if (latencyMs != null) {
            c = c.withLatencyMs(latencyMs);
        }
        if (jitterMs != null) {
            c = c.withJitterMs(jitterMs);
        }
        if (cpuShare != null) {
            c = c.withCpuShare(cpuShare);
        }
        if (seed != null) {
            c = c.withSeed(seed);
        }
        if (input != null) {
            c = c.withInputFile(input);
        }
        if (deadlineMs != null) {
            c = c.withDeadlineMs(deadlineMs);
        }
        if (maxBodyBytes != null) {
            c = c.withMaxBodyBytes(maxBodyBytes);
        }
        List<String> targets = new ArrayList<>(urls);
        if (urlsFile != null) {
            targets.addAll(TargetUrls.read(Path.of(urlsFile)));
        }
        if (!targets.isEmpty()) {
            if (c.kind() != WorkloadKind.HTTP) {
                throw new ConfigException("url", "--url and --urls need --workload http");
            }
            c = c.withUrls(targets);
        }
        return c;
    }

    ModelSettings settings(ModelSettings base, Integer workers) {
        ModelSettings s = base;
        if (unfairGil) {
            s = s.withFairGil(false);
        }
        if (noWarmup) {
            s = s.withWarmup(false);
        }
        if (workers != null) {
            s = s.withWorkers(workers);
        }
        if (maxInFlight != null) {
            s = s.withMaxInFlight(maxInFlight);
        }
        if (switchIntervalMs != null) {
            s = s.withSwitchIntervalMs(switchIntervalMs);
        }
        if (maxConnections != null) {
            s = s.withMaxConnections(maxConnections);
        }
        if (workerJvmFlags != null) {
            s = s.withWorkerJvmFlags(workerJvmFlags);
        }
        if (executorThreads != null) {
            s = s.withExecutorThreads(executorThreads);
        }
        if (python != null) {
            s = s.withPython(python);
        }
        s = s.withWarmWorkers(warmWorkers);
        return s;
    }

    /**
     * The experiment to run: the file's (if any) with every option given applied over it.
     *
     * @param models  the models named on the command line, or null to keep the file's (or the defaults)
     * @param workers {@code --workers}, or null to keep the file's (or the default)
     */
    ExperimentFile experiment(List<String> models, List<ModelKind> defaultModels, Integer workers)
            throws ExperimentFileException {
        ExperimentFile file = experimentFile == null ? null : ExperimentSource.load(experimentFile);
        ExperimentConfig base = file == null ? null : file.config();
        List<ModelEntry> entries = new ArrayList<>();
        if (models != null) {
            for (String m : models) {
                entries.add(ModelEntry.parse(m));
            }
        } else {
            entries.addAll(base == null ? ModelEntry.of(defaultModels) : base.models());
        }
        ExperimentConfig config = new ExperimentConfig(workloadConfig(base == null ? null : base.workload()), entries,
                settings(base == null ? ModelSettings.defaults() : base.settings(), workers));
        for (String w : OptionUse.warnings(this, workers, config)) {
            System.err.println("warning: " + w);
        }
        return file == null ? ExperimentFile.of(config) : file.withEditedConfig(config);
    }
}
