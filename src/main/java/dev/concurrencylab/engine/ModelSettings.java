package dev.concurrencylab.engine;

/**
 * How the models are set up; each model reads the settings that apply to it.
 *
 * @param workers          threads (pool, forkjoin, gil) or processes (process)
 * @param maxInFlight      virtual, eventloop: cap on tasks in flight at once; 0 means no cap
 * @param switchIntervalMs gil: how long a waiting thread waits before asking the holder to drop the lock
 * @param fairGil          gil: a dropping thread waits until another has taken the lock (CPython's behaviour)
 * @param maxConnections   http: connection-pool limit; 0 means sized to the model's concurrency
 * @param warmup           run a short untimed warm-up before each measured run
 */
public record ModelSettings(
        int workers,
        int maxInFlight,
        double switchIntervalMs,
        boolean fairGil,
        int maxConnections,
        boolean warmup) {

    public static final int MAX_WORKERS = 1024;

    public ModelSettings {
        ConfigException.requireRange("workers", workers, 1, MAX_WORKERS);
        ConfigException.requireRange("max-in-flight", maxInFlight, 0, WorkloadConfig.MAX_TASKS);
        ConfigException.requireRange("switch-interval-ms", switchIntervalMs, 0.05, 1000.0);
        ConfigException.requireRange("max-connections", maxConnections, 0, 100_000);
    }

    public static ModelSettings defaults() {
        return new ModelSettings(4, 0, 5.0, true, 0, true);
    }

    public ModelSettings withWorkers(int v) {
        return new ModelSettings(v, maxInFlight, switchIntervalMs, fairGil, maxConnections, warmup);
    }

    public ModelSettings withMaxInFlight(int v) {
        return new ModelSettings(workers, v, switchIntervalMs, fairGil, maxConnections, warmup);
    }

    public ModelSettings withSwitchIntervalMs(double v) {
        return new ModelSettings(workers, maxInFlight, v, fairGil, maxConnections, warmup);
    }

    public ModelSettings withFairGil(boolean v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, v, maxConnections, warmup);
    }

    public ModelSettings withMaxConnections(int v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, fairGil, v, warmup);
    }

    public ModelSettings withWarmup(boolean v) {
        return new ModelSettings(workers, maxInFlight, switchIntervalMs, fairGil, maxConnections, v);
    }

    /** The number of threads (or processes) a model runs with, given the task count. */
    public int threadsFor(ModelKind model, int tasks) {
        return switch (model) {
            case SEQUENTIAL, EVENTLOOP -> 1;
            case POOL, FORKJOIN, GIL, PROCESS -> workers;
            case ARTICLE_ASYNCIO -> articleAsyncioThreads();
            case VIRTUAL -> inFlightFor(tasks);
        };
    }

    /** How many tasks may wait on I/O at once under a model. */
    public int ioConcurrency(ModelKind model, int tasks) {
        return switch (model) {
            case VIRTUAL, EVENTLOOP -> inFlightFor(tasks);
            default -> Math.min(threadsFor(model, tasks), tasks);
        };
    }

    /** How many tasks may use a CPU at once under a model (before counting cores). */
    public int cpuParallelism(ModelKind model, int tasks) {
        return switch (model) {
            case SEQUENTIAL, EVENTLOOP -> 1;
            default -> Math.min(threadsFor(model, tasks), tasks);
        };
    }

    private int inFlightFor(int tasks) {
        return maxInFlight == 0 ? tasks : Math.min(maxInFlight, tasks);
    }

    /** Python's default executor size, as used by the article's run_in_executor(None, ...). */
    public static int articleAsyncioThreads() {
        return Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
    }
}
