package dev.concurrencylab.findings;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code queueing}: tasks waited between submission and start (the median at least {@link Thresholds#queueMedianMs()}
 * and {@link Thresholds#queueWallShare()} of the wall time), and whether more workers would help, judged from
 * what the threads did: waiting for I/O (yes), for connections (a max-connections setting below the workers, or
 * CONN_WAIT) or the GIL (no), computing (up to the cores).
 */
final class Queueing implements Detector {
    @Override
    public Optional<Finding> find(RunProfile run, Thresholds limits) {
        TaskTable t = run.trace.tasks();
        long[] waits = new long[t.size()];
        int n = 0;
        long first = Long.MAX_VALUE;
        long last = 0;
        int longest = -1;
        long longestWait = -1;
        for (int i = 0; i < t.size(); i++) {
            long sub = t.submitted()[i];
            long sta = t.started()[i];
            if (sub < 0 || sta < 0) {
                continue;
            }
            long w = Math.max(0, sta - sub);
            waits[n++] = w;
            if (w > longestWait) {
                longestWait = w;
                longest = i;
            }
            first = Math.min(first, sub);
            last = Math.max(last, sta);
        }
        if (n == 0) {
            return Optional.empty();
        }
        long[] sorted = Arrays.copyOf(waits, n);
        Arrays.sort(sorted);
        long median = sorted[(n - 1) / 2];
        long max = sorted[n - 1];
        double wallNanos = run.result.wallMs() * 1e6;
        if (median < limits.queueMedianMs() * 1e6 || median < limits.queueWallShare() * wallNanos) {
            return Optional.empty();
        }
        int queued = n - lowerBound(sorted, 1_000_000L);
        Hint hint = hint(run);
        String message = Amounts.count(queued, "task") + " waited in the queue before starting (median "
                + Amounts.durationNanos(median) + ", longest " + Amounts.durationNanos(max) + "): " + hint.text;
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("queuedTasks", (double) queued);
        values.put("medianWaitMs", median / 1e6);
        values.put("maxWaitMs", max / 1e6);
        values.put("workers", (double) run.result.workers());
        return Optional.of(new Finding(FindingKind.QUEUEING, hint.helps ? Severity.WARNING : Severity.INFO, message,
                first, Math.max(first, last), List.of(), List.of(longest), values));
    }

    private static int lowerBound(long[] sorted, long v) {
        int i = Arrays.binarySearch(sorted, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == v) {
            i--;
        }
        return i;
    }

    private record Hint(String text, boolean helps) {
    }

    /** Would more workers help? From where the threads' time went. */
    private static Hint hint(RunProfile run) {
        double total = Math.max(1, run.threadTime());
        int workers = run.result.workers();
        int cores = run.result.cores();
        boolean ioBound = run.nanos(State.IO_WAIT) >= 0.5 * total;
        if (run.result.model().usesMaxInFlight()) {
            int cap = run.result.maxInFlight();
            if (cap > 0 && cap < run.result.tasks()) {
                return new Hint("at most " + cap + " were in flight at once" + (ioBound
                        ? ", and they mostly waited for I/O: a higher max in flight would help" : ""), ioBound);
            }
            return new Hint(run.result.model() == ModelKind.EVENTLOOP
                    ? "not for a worker: the event loop starts its tasks one at a time, between its other work"
                    : "not for a worker: each task had its own thread, waiting to be started", false);
        }
        ModelSettings s = run.settings;
        if (s != null && run.result.workload() == WorkloadKind.HTTP && s.maxConnections() > 0
                && s.maxConnections() < workers) {
            return new Hint("more workers would not help, the HTTP client allows only "
                    + Amounts.count(s.maxConnections(), "connection") + " for " + workerNoun(workers), false);
        }
        if (run.nanos(State.CONN_WAIT) >= 0.25 * total) {
            return new Hint("more workers would not help, they already wait for pooled connections", false);
        }
        if (ioBound) {
            return new Hint("more workers would help, the " + workerNoun(workers) + " mostly waited for I/O", true);
        }
        if (run.nanos(State.GIL_WAIT) >= 0.10 * total) {
            return new Hint("more threads would not help, the GIL lets one of them compute at a time", false);
        }
        if (workers >= cores) {
            return new Hint("more workers would not help, the work is CPU-bound and " + workerNoun(workers)
                    + " already fill " + Amounts.count(cores, "core"), false);
        }
        return new Hint("up to " + Amounts.count(cores, "worker") + " would help, the work is CPU-bound and this "
                + "machine has " + Amounts.count(cores, "core"), true);
    }

    private static String workerNoun(int workers) {
        return workers == 1 ? "one worker" : workers + " workers";
    }
}
