package dev.concurrencylab.engine;

import java.util.List;

/**
 * What work to run: validated on construction, so a config that exists is a config that can run.
 *
 * @param kind          which workload
 * @param tasks         how many tasks
 * @param length        cpu-regex: characters per generated string
 * @param seed          seed for generated strings and jitter
 * @param inputFile     cpu-regex: read one string per line from this file instead of generating (null: generate)
 * @param hashRounds    cpu-hash: SHA-256 rounds per task
 * @param latencyMs     sleep, http: the I/O wait per task; mixed: a task's nominal duration (CPU + I/O)
 * @param jitterMs      sleep, http: uniform jitter added to the latency, 0 to jitterMs, drawn from the seed
 * @param cpuShare      mixed: the share of a task's nominal duration spent on CPU, 0 to 1
 * @param urls          http: target URLs (empty: the embedded latency server), checked ({@link TargetUrls})
 * @param deadlineMs    http: whole-response deadline per request; 0 for the default (the wait + 20 s)
 * @param maxBodyBytes  http: largest response body read; 0 for the default (64 MiB)
 */
public record WorkloadConfig(
        WorkloadKind kind,
        int tasks,
        int length,
        long seed,
        String inputFile,
        int hashRounds,
        int latencyMs,
        int jitterMs,
        double cpuShare,
        List<String> urls,
        int deadlineMs,
        long maxBodyBytes) {

    public static final int MAX_TASKS = 100_000;
    public static final int MAX_LENGTH = 100_000;
    public static final int MAX_HASH_ROUNDS = 10_000_000;
    public static final int MAX_LATENCY_MS = 60_000;
    public static final int MAX_DEADLINE_MS = 600_000;
    public static final long MAX_BODY_BYTES = 1L << 40;

    public WorkloadConfig {
        if (kind == null) {
            throw new ConfigException("workload", "is required; allowed: " + WorkloadKind.allowed());
        }
        ConfigException.requireRange("tasks", tasks, 1, MAX_TASKS);
        ConfigException.requireRange("length", length, 10, MAX_LENGTH);
        ConfigException.requireRange("hash-rounds", hashRounds, 1, MAX_HASH_ROUNDS);
        ConfigException.requireRange("latency-ms", latencyMs, 0, MAX_LATENCY_MS);
        ConfigException.requireRange("jitter-ms", jitterMs, 0, MAX_LATENCY_MS);
        ConfigException.requireRange("cpu-share", cpuShare, 0.0, 1.0);
        ConfigException.requireRange("deadline-ms", deadlineMs, 0, MAX_DEADLINE_MS);
        ConfigException.requireRange("max-body-bytes", maxBodyBytes, 0, MAX_BODY_BYTES);
        if (kind == WorkloadKind.CPU_REGEX && (long) tasks * length > 100_000_000L) {
            throw new ConfigException("length", "tasks × length must stay within 100,000,000 characters, was "
                    + (long) tasks * length);
        }
        if (inputFile != null && inputFile.isBlank()) {
            inputFile = null;
        }
        urls = TargetUrls.of(urls);
    }

    /**
     * sleep, http: each task's wait in milliseconds, the latency plus a uniform draw of 0 to {@code jitterMs}
     * from the seed, so a run's waits are known in advance (for its ideal bound) and the same every time.
     */
    public int[] waitsMs() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int[] out = new int[tasks];
        for (int i = 0; i < tasks; i++) {
            out[i] = latencyMs + (jitterMs == 0 ? 0 : random.nextInt(jitterMs + 1));
        }
        return out;
    }

    public static WorkloadConfig defaults() {
        return new WorkloadConfig(WorkloadKind.CPU_REGEX, 1000, 1000, 42L, null, 10_000, 100, 0, 0.2, List.of(), 0, 0);
    }

    /** Sensible defaults for one kind, e.g. 200 × 100 ms for sleep. */
    public static WorkloadConfig defaults(WorkloadKind kind) {
        WorkloadConfig d = defaults().withKind(kind);
        return switch (kind) {
            case SLEEP, HTTP -> d.withTasks(200);
            case MIXED -> d.withTasks(100);
            case CPU_HASH -> d.withTasks(200);
            default -> d;
        };
    }

    public WorkloadConfig withKind(WorkloadKind v) {
        return new WorkloadConfig(v, tasks, length, seed, inputFile, hashRounds, latencyMs, jitterMs, cpuShare, urls,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withTasks(int v) {
        return new WorkloadConfig(kind, v, length, seed, inputFile, hashRounds, latencyMs, jitterMs, cpuShare, urls,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withLength(int v) {
        return new WorkloadConfig(kind, tasks, v, seed, inputFile, hashRounds, latencyMs, jitterMs, cpuShare, urls,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withSeed(long v) {
        return new WorkloadConfig(kind, tasks, length, v, inputFile, hashRounds, latencyMs, jitterMs, cpuShare, urls,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withInputFile(String v) {
        return new WorkloadConfig(kind, tasks, length, seed, v, hashRounds, latencyMs, jitterMs, cpuShare, urls,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withHashRounds(int v) {
        return new WorkloadConfig(kind, tasks, length, seed, inputFile, v, latencyMs, jitterMs, cpuShare, urls,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withLatencyMs(int v) {
        return new WorkloadConfig(kind, tasks, length, seed, inputFile, hashRounds, v, jitterMs, cpuShare, urls,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withJitterMs(int v) {
        return new WorkloadConfig(kind, tasks, length, seed, inputFile, hashRounds, latencyMs, v, cpuShare, urls,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withCpuShare(double v) {
        return new WorkloadConfig(kind, tasks, length, seed, inputFile, hashRounds, latencyMs, jitterMs, v, urls,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withUrls(List<String> v) {
        return new WorkloadConfig(kind, tasks, length, seed, inputFile, hashRounds, latencyMs, jitterMs, cpuShare, v,
                deadlineMs, maxBodyBytes);
    }

    public WorkloadConfig withDeadlineMs(int v) {
        return new WorkloadConfig(kind, tasks, length, seed, inputFile, hashRounds, latencyMs, jitterMs, cpuShare, urls,
                v, maxBodyBytes);
    }

    public WorkloadConfig withMaxBodyBytes(long v) {
        return new WorkloadConfig(kind, tasks, length, seed, inputFile, hashRounds, latencyMs, jitterMs, cpuShare, urls,
                deadlineMs, v);
    }
}
