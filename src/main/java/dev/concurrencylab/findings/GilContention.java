package dev.concurrencylab.findings;

import dev.concurrencylab.engine.State;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code gil-contention}: the threads' share of time in GIL_WAIT and how many cores they used on average. Waits a
 * CPython run reports were inferred from its threads' CPU clocks, not observed, and the message says so.
 */
final class GilContention implements Detector {
    @Override
    public Optional<Finding> find(RunProfile run, Thresholds limits) {
        long wait = run.nanos(State.GIL_WAIT);
        long total = run.threadTime();
        if (wait == 0 || total == 0 || wait < limits.gilWaitShare() * total) {
            return Optional.empty();
        }
        double share = wait / (double) total;
        int threads = Math.max(run.laneCount(State.GIL_WAIT), run.laneCount(State.RUNNING));
        double cores = run.nanos(State.RUNNING) / (double) run.activeSpan();
        boolean inferred = run.result.python() != null;
        String message = Amounts.count(threads, "thread") + ", " + Amounts.decimal(cores) + " cores used on average: "
                + Amounts.percent(share) + " of thread time waiting for the GIL"
                + (inferred ? " (inferred from the threads' CPU clocks, not observed)" : "");
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("threads", (double) threads);
        values.put("coresUsed", cores);
        values.put("waitPercent", share * 100);
        values.put("waitMs", wait / 1e6);
        long[] span = run.spanOf(State.GIL_WAIT);
        List<Integer> lanes = run.lanesIn(State.GIL_WAIT);
        return Optional.of(new Finding(FindingKind.GIL_CONTENTION, Severity.WARNING, message, span[0], span[1], lanes,
                List.of(), values));
    }
}
