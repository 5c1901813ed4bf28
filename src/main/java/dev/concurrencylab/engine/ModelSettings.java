package dev.concurrencylab.engine;

import java.util.List;

/**
 * How the models are set up; each model reads the settings that apply to it.
 *
 * @param workers          threads (pool, forkjoin, gil) or processes (process)
 * @param maxInFlight      virtual, eventloop: cap on tasks in flight at once; 0 means no cap
 * @param switchIntervalMs gil: how long a waiting thread waits before asking the holder to drop the lock;
 *                         cpython-*: the interpreter's own switch interval (sys.setswitchinterval)
 * @param fairGil          gil: a dropping thread waits until another has taken the lock (CPython's behaviour)
 * @param maxConnections   http: connection-pool limit; 0 means sized to the model's concurrency
 * @param warmup           run a short untimed warm-up before each measured run
 * @param workerJvmFlags   process: extra JVM options for the worker processes, separated by spaces
 *                         (e.g. {@value #NO_JIT_FLAGS}); empty for none
 * @param warmWorkers      process: keep the worker pool alive between runs instead of a fresh pool per run
 * @param python           cpython-*: the Python interpreter, a path or a command on PATH; empty for the default
 *                         (python3, then python). Read per run, so each run names the interpreter it used.
 * @param executorThreads  article-asyncio, cpython-article-asyncio: threads of the executor; 0 for Python's default,
 *                         min(32, cores + 4) (6 on 2 cores; the article's apparently 8-CPU machine ran 12)
 */
public record ModelSettings(
        int workers,
        int maxInFlight,
        double switchIntervalMs,
        boolean fairGil,
        int maxConnections,
        boolean warmup,
        String workerJvmFlags,
        boolean warmWorkers,
        String python,
        int executorThreads) {

    public static final int MAX_WORKERS = 1024;
    /** The worker flags of the no-JIT variant: the JVM's bytecode interpreter only. */
    public static final String NO_JIT_FLAGS = "-Xint";
    private static final int MAX_FLAGS_LENGTH = 2000;
    private static final int MAX_PYTHON_LENGTH = 4096;
    private static final List<String> FORBIDDEN_FLAGS = List.of("-cp", "-classpath", "--class-path", "-jar",
            "-m", "--module", "-p", "--module-path");
    /** Options that make the JVM read a file of options, whose lines it then quotes back in its errors. */
    private static final List<String> FILE_READING_FLAGS = List.of("-XX:Flags=", "-XX:VMOptionsFile=",
            "-XX:CompileCommandFile=");

    public ModelSettings {
        ConfigException.requireRange("workers", workers, 1, MAX_WORKERS);
        ConfigException.requireRange("max-in-flight", maxInFlight, 0, WorkloadConfig.MAX_TASKS);
        ConfigException.requireRange("switch-interval-ms", switchIntervalMs, 0.05, 1000.0);
        ConfigException.requireRange("max-connections", maxConnections, 0, 100_000);
        ConfigException.requireRange("executor-threads", executorThreads, 0, MAX_WORKERS);
        workerJvmFlags = workerJvmFlags == null ? "" : String.join(" ", workerJvmFlags.strip().split("\\s+"));
        checkJvmFlags(workerJvmFlags);
        python = python == null ? "" : python.strip();
        checkInterpreter("python", python);
    }

    /** An interpreter's name as a setting or a model entry may give it: a path or a command, bounded, no controls. */
    static void checkInterpreter(String field, String interpreter) {
        if (interpreter.length() > MAX_PYTHON_LENGTH || interpreter.chars().anyMatch(c -> c < ' ')) {
            throw new ConfigException(field, "an interpreter must be a path or command of at most "
                    + MAX_PYTHON_LENGTH + " characters without control characters");
        }
    }

    /** The settings before the process options existed; the workers get no extra flags and a fresh pool. */
    public ModelSettings(int workers, int maxInFlight, double switchIntervalMs, boolean fairGil, int maxConnections,
                         boolean warmup) {
        this(workers, maxInFlight, switchIntervalMs, fairGil, maxConnections, warmup, "", false, "", 0);
    }

    public static ModelSettings defaults() {
        return new ModelSettings(4, 0, 5.0, true, 0, true, "", false, "", 0);
    }

    public ModelSettings withWorkers(int v) {
        return new ModelSettings(v, maxInFlight, switchIntervalMs, fairGil, maxConnections, warmup,
                workerJvmFlags, warmWorkers, python, executorThreads);
    }

    public ModelSettings withMaxInFlight(int v) {
        return new ModelSettings(workers, v, switchIntervalMs, fairGil, maxConnections, warmup,
                workerJvmFlags, warmWorkers, python, executorThreads);
    }

    public ModelSettings withSwitchIntervalMs(double v) {
        return new ModelSettings(workers, maxInFlight, v, fairGil, maxConnections, warmup,
                workerJvmFlags, warmWorkers, python, executorThreads);
    }

    public ModelSettings withFairGil(boolean v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, v, maxConnections, warmup,
                workerJvmFlags, warmWorkers, python, executorThreads);
    }

    public ModelSettings withMaxConnections(int v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, fairGil, v, warmup,
                workerJvmFlags, warmWorkers, python, executorThreads);
    }

    public ModelSettings withWarmup(boolean v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, fairGil, maxConnections, v,
                workerJvmFlags, warmWorkers, python, executorThreads);
    }

    public ModelSettings withWorkerJvmFlags(String v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, fairGil, maxConnections, warmup, v,
                warmWorkers, python, executorThreads);
    }

    public ModelSettings withPython(String v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, fairGil, maxConnections, warmup,
                workerJvmFlags, warmWorkers, v, executorThreads);
    }

    public ModelSettings withExecutorThreads(int v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, fairGil, maxConnections, warmup,
                workerJvmFlags, warmWorkers, python, v);
    }

    public ModelSettings withWarmWorkers(boolean v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, fairGil, maxConnections, warmup,
                workerJvmFlags, v, python, executorThreads);
    }

    /** {@link #workerJvmFlags()} split into the separate arguments a worker's command line gets. */
    public List<String> workerJvmFlagList() {
        return workerJvmFlags.isEmpty() ? List.of() : List.of(workerJvmFlags.split("\\s+"));
    }

    private static void checkJvmFlags(String flags) {
        if (flags.length() > MAX_FLAGS_LENGTH) {
            throw new ConfigException("worker-jvm-flags", "must be at most " + MAX_FLAGS_LENGTH + " characters");
        }
        for (String f : flags.isEmpty() ? new String[0] : flags.split("\\s+")) {
            if (!f.startsWith("-")) {
                throw new ConfigException("worker-jvm-flags", "'" + f + "' is not a JVM option; each flag starts "
                        + "with '-', e.g. " + NO_JIT_FLAGS + " or -Xmx256m");
            }
            if (FILE_READING_FLAGS.stream().anyMatch(f::startsWith)) {
                throw new ConfigException("worker-jvm-flags", "'" + f.substring(0, f.indexOf('=') + 1) + "…' is not "
                        + "allowed: it reads options from a file; give the options themselves");
            }
            if (FORBIDDEN_FLAGS.contains(f)) {
                throw new ConfigException("worker-jvm-flags", "'" + f + "' is not allowed: the workers always run "
                        + "this app's class path");
            }
        }
    }

    /**
     * The number of threads (or processes) a model runs with, given the task count. Worker processes are never
     * more than the tasks, nor than this machine's memory holds ({@link ProcessBudget}).
     */
    public int threadsFor(ModelKind model, int tasks) {
        return switch (model) {
            case SEQUENTIAL, EVENTLOOP, CPYTHON_SEQUENTIAL, CPYTHON_ASYNCIO -> 1;
            case PROCESS -> Math.max(1, Math.min(Math.min(workers, tasks), ProcessBudget.maxWorkers()));
            case POOL, FORKJOIN, GIL, CPYTHON_THREADS, CPYTHON_PROCESSES -> workers;
            case ARTICLE_ASYNCIO, CPYTHON_ARTICLE_ASYNCIO -> executorThreads == 0 ? articleAsyncioThreads()
                    : executorThreads;
            case VIRTUAL -> inFlightFor(tasks);
        };
    }

    /** How many tasks may wait on I/O at once under a model. */
    public int ioConcurrency(ModelKind model, int tasks) {
        return switch (model) {
            case VIRTUAL, EVENTLOOP, CPYTHON_ASYNCIO -> inFlightFor(tasks);
            default -> Math.min(threadsFor(model, tasks), tasks);
        };
    }

    /** How many tasks may use a CPU at once under a model (before counting cores). */
    public int cpuParallelism(ModelKind model, int tasks) {
        return switch (model) {
            case SEQUENTIAL, EVENTLOOP, CPYTHON_SEQUENTIAL, CPYTHON_ASYNCIO -> 1;
            default -> Math.min(threadsFor(model, tasks), tasks);
        };
    }

    private int inFlightFor(int tasks) {
        return maxInFlight == 0 ? tasks : Math.min(maxInFlight, tasks);
    }

    /** Python's default executor size on this machine, as used by the article's run_in_executor(None, ...). */
    public static int articleAsyncioThreads() {
        return executorDefault(Runtime.getRuntime().availableProcessors());
    }

    /** Python's default executor size, min(32, cores + 4), on a machine with {@code cores} cores. */
    public static int executorDefault(int cores) {
        return Math.min(32, cores + 4);
    }
}
