package dev.concurrencylab.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Turns a finished trace into a {@link RunResult}: times, CPU, latency percentiles, the ideal bound. */
public final class RunMetrics {
    private static final double NANOS_PER_MS = 1e6;

    private RunMetrics() {
    }

    /**
     * @param cpuNanos CPU time the run used, measured on its threads
     * @param matches  cpu-regex: how many tasks matched; otherwise null
     */
    public static RunResult compute(ModelKind model, ModelSettings settings, Workload workload,
                                    TraceSnapshot trace, long cpuNanos, Integer matches, boolean cancelled) {
        int n = workload.tasks().size();
        int cores = Runtime.getRuntime().availableProcessors();
        TaskTable t = trace.tasks();
        long wall = 0;
        int ended = 0;
        int errors = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (t.ended()[i] < 0) {
                continue;
            }
            wall = Math.max(wall, t.ended()[i]);
            if (t.cancelled(i)) {
                continue; // stopped while it ran: not run, neither done nor failed
            }
            ended++;
            if (t.failed(i)) {
                errors++;
                reasons.merge(t.failure()[i], 1, Integer::sum);
            }
        }
        if (cancelled) {
            wall = Math.max(wall, trace.nowNanos());
        }
        double wallMs = wall / NANOS_PER_MS;
        double cpuMs = Math.max(0, cpuNanos) / NANOS_PER_MS;
        double boundMs = boundMs(model, settings, workload, cpuMs, cores);
        double[] service = servicePercentiles(t);
        double[] response = percentiles(t, true);
        return new RunResult(model, workload.config().kind(), settings.threadsFor(model, n),
                model.usesMaxInFlight() ? settings.maxInFlight() : 0, n,
                round(wallMs), round(cpuMs), ratio(cpuMs, wallMs * cores), ratio(ended * 1000.0, wallMs),
                round(boundMs), ratio(boundMs, wallMs), errors, reasons,
                trace.threadLanes().size(), trace.segmentCount(),
                service[0], service[1], service[2], response[0], response[1], response[2],
                matches, cores, processMs(model, trace, State.SPAWN), processMs(model, trace, State.IPC), cancelled,
                readyMs(model, workload.config(), trace), null, round(CpuAsked.nanos(trace, cores) / NANOS_PER_MS),
                null, null, null, cancelled ? null : WarmupSplit.of(workload.config().kind(), t), null);
    }

    /**
     * The 50th, 95th and 99th percentiles of the tasks' service times (start to end) in milliseconds, over the
     * tasks that started and ended. Recordings made before these were kept are given them from their traces.
     */
    public static double[] servicePercentiles(TaskTable t) {
        return percentiles(t, false);
    }

    /**
     * Percentiles of end minus start, or with {@code fromSubmission} of end minus submission (the queue included);
     * a task cut short by Stop has no latency.
     */
    private static double[] percentiles(TaskTable t, boolean fromSubmission) {
        double[] values = new double[t.size()];
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            long from = fromSubmission ? Math.max(0, t.submitted()[i]) : t.started()[i];
            if (t.ended()[i] >= 0 && from >= 0 && !t.cancelled(i)) {
                values[n++] = Math.max(0, t.ended()[i] - from) / NANOS_PER_MS;
            }
        }
        return percentiles(values, n);
    }

    private static double[] percentiles(double[] values, int count) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new double[] {percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99)};
    }

    /**
     * The first {@value WarmupSplit#PERCENT} % of the finished tasks against the rest, for CPU work; null otherwise.
     * Recordings made before it was kept are given it from their traces.
     */
    public static WarmupSplit warmupSplit(WorkloadKind workload, TaskTable t) {
        return WarmupSplit.of(workload, t);
    }

    /** Models with worker processes: the time their lanes spent in {@code state} (SPAWN or IPC), summed; else null. */
    private static Double processMs(ModelKind model, TraceSnapshot trace, State state) {
        return model.startsProcesses() ? round(totalNanos(trace, state) / NANOS_PER_MS) : null;
    }

    /**
     * The time tasks spent READY, summed over every lane; null where no wait's end could be observed: CPU-only
     * work (a thread the OS leaves waiting for a core is not seen), real sites fetched by threads (when a
     * site sent its answer is unknown; an event loop still sees the answer arrive), and the CPython models' HTTP.
     */
    static Double readyMs(ModelKind model, WorkloadConfig workload, TraceSnapshot trace) {
        boolean observed = switch (workload.kind()) {
            case CPU_REGEX, CPU_HASH -> false;
            case SLEEP, MIXED -> true;
            // the CPython models see when a sleep fell due, not when an answer left the server
            case HTTP -> !model.inPython() && (workload.urls().isEmpty() || model == ModelKind.EVENTLOOP);
        };
        return observed ? round(totalNanos(trace, State.READY) / NANOS_PER_MS) : null;
    }

    /** The time all lanes of {@code trace} spent in {@code state}, in nanoseconds. */
    public static long totalNanos(TraceSnapshot trace, State state) {
        long sum = 0;
        for (LaneSnapshot l : trace.lanes()) {
            Segments s = l.segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == state) {
                    sum += s.end(i) - s.start(i);
                }
            }
        }
        return sum;
    }

    /**
     * The ideal time, a true lower bound on the wall time from what each task is known to need: its waits
     * (per task, jitter included) and the CPU the run measured.
     * <ul>
     * <li>CPU: the work spread over min(parallelism, cores) cores, after the shortest wait any task has before
     *     its first CPU step and before the shortest wait after its last (the last CPU step to end is still
     *     followed by its task's wait).</li>
     * <li>Waits: the model holds at most {@code concurrency} tasks at once, so the waits (plus the CPU, where a
     *     task keeps its slot while computing) take at least their sum ÷ concurrency; no task ends before its
     *     own wait (the longest single one); and of the k·concurrency + 1 longest waits some slot holds k + 1,
     *     one after another (which is latency × ⌈tasks ÷ concurrency⌉ when every wait is the same).</li>
     * </ul>
     */
    public static double boundMs(ModelKind model, ModelSettings settings, Workload workload, double cpuMs, int cores) {
        int n = workload.tasks().size();
        int parallel = Math.max(1, Math.min(settings.cpuParallelism(model, n), cores));
        int concurrency = Math.max(1, settings.ioConcurrency(model, n));
        TaskWaits w = TaskWaits.of(workload.tasks());
        double cpuBound = w.shortestBeforeCpuMs() + cpuMs / parallel + w.shortestAfterCpuMs();
        double waitBound = Math.max((w.totalMs() + (w.anyCpu() ? cpuMs : 0)) / concurrency,
                w.slotBoundMs(concurrency));
        return switch (workload.config().kind()) {
            case CPU_REGEX, CPU_HASH -> cpuMs / parallel;
            case SLEEP, HTTP -> waitBound;
            case MIXED -> Math.max(cpuBound, waitBound);
        };
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
    }

    private static double ratio(double a, double b) {
        return b <= 0 ? 0 : Math.round(a / b * 1000) / 1000.0;
    }

    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }
}
