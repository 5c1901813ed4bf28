package dev.concurrencylab.engine;

import com.fasterxml.jackson.annotation.JsonAlias;
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
 * @param serviceP50Ms   latency percentiles from a task's start to its end: what the work itself took
 * @param responseP50Ms  latency percentiles from a task's submission to its end: what a caller waited, queue
 *                       included (recordings before schema 3 called these {@code p50Ms}, {@code p95Ms}, {@code p99Ms})
 * @param matches        cpu-regex: tasks whose string matched; otherwise null
 * @param spawnMs        process: total time spent starting workers; otherwise null
 * @param ipcMs          process: total time spent passing messages; otherwise null
 * @param cancelled      true when the run was stopped before all tasks ended
 * @param readyMs        total time tasks spent READY (started, wait over, waiting to run again), or null where
 *                       the model cannot tell
 * @param uiCpuMs        CPU time the app's other threads (window, JIT, GC) used while this run went on, or null
 * @param cpuAskedMs     CPU time the run's threads asked for: their time RUNNING, with no more lanes at once than
 *                       there are cores; against {@code cpuMs} it tells whether the run got the CPU it needed
 * @param python         CPython models: the interpreter as it reports itself; otherwise null
 * @param gilEnabled     CPython models: whether the interpreter ran with its GIL; otherwise null
 * @param interpreter    a CPython model whose entry named its own interpreter ({@code cpython-sequential@pypy3}):
 *                       that name, as given ("pypy3"); null where it ran in the comparison's (see {@link #label})
 * @param warmupSplit    CPU work: the first 5 % of tasks against the rest (a JIT warming up); null otherwise, for
 *                       fewer than 20 finished tasks, and in recordings before schema 4
 * @param tracerNote     CPython models: what the tracer could not read in this interpreter and what is drawn
 *                       instead ("time.thread_time_ns is missing: ..."); null where nothing was missing
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
        double serviceP50Ms,
        double serviceP95Ms,
        double serviceP99Ms,
        @JsonAlias("p50Ms") double responseP50Ms,
        @JsonAlias("p95Ms") double responseP95Ms,
        @JsonAlias("p99Ms") double responseP99Ms,
        Integer matches,
        int cores,
        Double spawnMs,
        Double ipcMs,
        boolean cancelled,
        Double readyMs,
        Double uiCpuMs,
        Double cpuAskedMs,
        String python,
        Boolean gilEnabled,
        String interpreter,
        WarmupSplit warmupSplit,
        String tracerNote) {

    public RunResult {
        errorReasons = errorReasons == null ? Map.of() : Map.copyOf(errorReasons);
        interpreter = interpreter == null || interpreter.isBlank() ? null : interpreter;
    }

    /** The model's entry in its comparison: its kind and, where it named one, its interpreter. */
    public ModelEntry entry() {
        return new ModelEntry(model, interpreter);
    }

    /** What names this run: "cpython-sequential", or "cpython-sequential@pypy3" where it named its interpreter. */
    public String label() {
        return entry().id();
    }

    /** "CPython 3.11.2 · GIL on" for a run in Python, else null: what panel headers and summaries say of it. */
    public String interpreterLine() {
        if (python == null) {
            return null;
        }
        return gilEnabled == null ? python : python + (gilEnabled ? " · GIL on" : " · GIL off");
    }

    /** "2 threads", or "2 processes" where the model's workers are processes. */
    public String workersLine() {
        return workers + (model.startsProcesses() ? (workers == 1 ? " process" : " processes")
                : workers == 1 ? " thread" : " threads");
    }

    /** This result with what the app's other threads used meanwhile. */
    public RunResult withUiCpuMs(Double ms) {
        return new RunResult(model, workload, workers, maxInFlight, tasks, wallMs, cpuMs, cpuUtilization, throughput,
                boundMs, efficiency, errors, errorReasons, lanes, segments, serviceP50Ms, serviceP95Ms, serviceP99Ms,
                responseP50Ms, responseP95Ms, responseP99Ms, matches, cores, spawnMs, ipcMs, cancelled, readyMs, ms,
                cpuAskedMs, python, gilEnabled, interpreter, warmupSplit, tracerNote);
    }

    /** This result with the start-to-end percentiles (50th, 95th, 99th) in milliseconds. */
    public RunResult withServicePercentiles(double[] p) {
        return new RunResult(model, workload, workers, maxInFlight, tasks, wallMs, cpuMs, cpuUtilization, throughput,
                boundMs, efficiency, errors, errorReasons, lanes, segments, p[0], p[1], p[2], responseP50Ms,
                responseP95Ms, responseP99Ms, matches, cores, spawnMs, ipcMs, cancelled, readyMs, uiCpuMs, cpuAskedMs,
                python, gilEnabled, interpreter, warmupSplit, tracerNote);
    }

    /** This result with the interpreter that ran it as it reports itself (CPython models). */
    public RunResult withPython(String version, Boolean gil) {
        return new RunResult(model, workload, workers, maxInFlight, tasks, wallMs, cpuMs, cpuUtilization, throughput,
                boundMs, efficiency, errors, errorReasons, lanes, segments, serviceP50Ms, serviceP95Ms, serviceP99Ms,
                responseP50Ms, responseP95Ms, responseP99Ms, matches, cores, spawnMs, ipcMs, cancelled, readyMs,
                uiCpuMs, cpuAskedMs, version, gil, interpreter, warmupSplit, tracerNote);
    }

    /** This result with what the tracer could not read in its interpreter (or null). */
    public RunResult withTracerNote(String note) {
        return new RunResult(model, workload, workers, maxInFlight, tasks, wallMs, cpuMs, cpuUtilization, throughput,
                boundMs, efficiency, errors, errorReasons, lanes, segments, serviceP50Ms, serviceP95Ms, serviceP99Ms,
                responseP50Ms, responseP95Ms, responseP99Ms, matches, cores, spawnMs, ipcMs, cancelled, readyMs,
                uiCpuMs, cpuAskedMs, python, gilEnabled, interpreter, warmupSplit, note);
    }

    /** This result with its first tasks against the rest (or null). */
    public RunResult withWarmupSplit(WarmupSplit split) {
        return new RunResult(model, workload, workers, maxInFlight, tasks, wallMs, cpuMs, cpuUtilization, throughput,
                boundMs, efficiency, errors, errorReasons, lanes, segments, serviceP50Ms, serviceP95Ms, serviceP99Ms,
                responseP50Ms, responseP95Ms, responseP99Ms, matches, cores, spawnMs, ipcMs, cancelled, readyMs,
                uiCpuMs, cpuAskedMs, python, gilEnabled, interpreter, split, tracerNote);
    }

    /** This result with the interpreter its entry named ({@code pypy3} of {@code cpython-sequential@pypy3}), or null. */
    public RunResult withInterpreter(String name) {
        return new RunResult(model, workload, workers, maxInFlight, tasks, wallMs, cpuMs, cpuUtilization, throughput,
                boundMs, efficiency, errors, errorReasons, lanes, segments, serviceP50Ms, serviceP95Ms, serviceP99Ms,
                responseP50Ms, responseP95Ms, responseP99Ms, matches, cores, spawnMs, ipcMs, cancelled, readyMs,
                uiCpuMs, cpuAskedMs, python, gilEnabled, name, warmupSplit, tracerNote);
    }
}
