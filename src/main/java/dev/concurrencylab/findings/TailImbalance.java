package dev.concurrencylab.findings;

import dev.concurrencylab.engine.TaskTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tail-imbalance}: a pool of workers (at least 2, and more tasks than workers) whose last part of the run
 * kept fewer than half of them busy, for at least {@link Thresholds#tailShare()} of the run (info) or
 * {@link Thresholds#tailWarning()} (warning): a straggler, or uneven chunks of work. Busy is any state on a
 * thread lane (computing, waiting for I/O or for the GIL).
 */
final class TailImbalance implements Detector {
    @Override
    public Optional<Finding> find(RunProfile run, Thresholds limits) {
        int workers = run.result.workers();
        if (run.eventLoop() || workers < 2 || run.result.tasks() <= workers || run.activeEnd == 0) {
            return Optional.empty();
        }
        double half = workers / 2.0;
        int last = (int) Math.min(run.bins - 1, (run.activeEnd - 1) / run.binNanos);
        int c = last;
        double busy = 0;
        while (c >= 0 && run.busy[c] < half) {
            busy += run.busy[c];
            c--;
        }
        int tailBins = last - c;
        if (tailBins == 0 || c < 0) {
            return Optional.empty();
        }
        long tailStart = run.binStart(c + 1);
        long tail = run.activeEnd - tailStart;
        double share = tail / (double) run.activeSpan();
        if (share < limits.tailShare()) {
            return Optional.empty();
        }
        double meanBusy = busy / tailBins;
        List<Integer> late = lateTasks(run.trace.tasks(), tailStart, tail / 2);
        String who = late.isEmpty() ? "" : ": " + Amounts.tasks(late, late.size()) + (late.size() == 1
                ? " ran on to the end" : " ran on into it");
        String message = "The last " + Amounts.durationNanos(tail) + " (" + Amounts.percent(share) + " of the run) kept "
                + "only " + Amounts.decimal(meanBusy) + " of " + workers + " workers busy on average" + who;
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("tailMs", tail / 1e6);
        values.put("tailPercent", share * 100);
        values.put("busyWorkers", meanBusy);
        values.put("workers", (double) workers);
        Severity severity = share >= limits.tailWarning() ? Severity.WARNING : Severity.INFO;
        return Optional.of(new Finding(FindingKind.TAIL_IMBALANCE, severity, message, tailStart, run.activeEnd,
                List.of(), late, values));
    }

    /** Tasks that ran through at least {@code least} of the tail starting at {@code from}, the last to end first. */
    private static List<Integer> lateTasks(TaskTable t, long from, long least) {
        List<Integer> late = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.started()[i] >= 0 && t.ended()[i] - Math.max(from, t.started()[i]) >= least) {
                late.add(i);
            }
        }
        late.sort(Comparator.comparingLong((Integer i) -> t.ended()[i]).reversed());
        return late;
    }
}
