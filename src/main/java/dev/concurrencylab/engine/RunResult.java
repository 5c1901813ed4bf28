package dev.concurrencylab.engine;

import java.util.Map;

/**
 * What one run measured. Times in milliseconds.
 *
 * @param workers        threads (or processes) the model ran with
 * @param cpuUtilization CPU time ÷ (wall time × cores)
 * @param throughput     tasks per second
 * @param boundMs        the ideal time for this config on this machine
 * @param efficiency     bound ÷ wall (1.0 is perfect)
 * @param errors         failed tasks
 * @param errorReasons   failed tasks by reason
 * @param lanes          thread or process lanes
 * @param matches        cpu-regex: tasks whose string matched; otherwise null
 * @param spawnMs        process: total time spent starting workers; otherwise null
 * @param ipcMs          process: total time spent passing messages; otherwise null
 * @param cancelled      true when the run was stopped before all tasks ended
 */
public record RunResult(
        ModelKind model,
        WorkloadKind workload,
        int workers,
        int maxInFlight,
        int tasks,
        double wallMs,
        double cpuMs,
        double cpuUtilization,
        double throughput,
        double boundMs,
        double efficiency,
        int errors,
        Map<String, Integer> errorReasons,
        int lanes,
        long segments,
        double p50Ms,
        double p95Ms,
        double p99Ms,
        Integer matches,
        int cores,
        Double spawnMs,
        Double ipcMs,
        boolean cancelled) {

    public RunResult {
        errorReasons = errorReasons == null ? Map.of() : Map.copyOf(errorReasons);
    }

    public RunResult withProcessCosts(double spawn, double ipc) {
        return new RunResult(model, workload, workers, maxInFlight, tasks, wallMs, cpuMs, cpuUtilization, throughput,
                boundMs, efficiency, errors, errorReasons, lanes, segments, p50Ms, p95Ms, p99Ms, matches, cores,
                spawn, ipc, cancelled);
    }
}
