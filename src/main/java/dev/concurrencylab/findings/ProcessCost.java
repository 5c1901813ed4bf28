package dev.concurrencylab.findings;

import dev.concurrencylab.engine.State;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code spawn-cost} and {@code ipc-cost}: what worker processes cost besides the work. Spawn: the span from the
 * first worker's start to the last one's being ready, as a share of the wall time. IPC: the time spent passing
 * tasks and results, as a share of the worker lanes' time. Info from {@link Thresholds#processCostShare()}, a
 * warning from {@link Thresholds#processCostWarning()}.
 */
final class ProcessCost implements Detector {
    private final State state;

    private ProcessCost(State state) {
        this.state = state;
    }

    static ProcessCost spawn() {
        return new ProcessCost(State.SPAWN);
    }

    static ProcessCost ipc() {
        return new ProcessCost(State.IPC);
    }

    @Override
    public Optional<Finding> find(RunProfile run, Thresholds limits) {
        long total = run.nanos(state);
        if (total == 0) {
            return Optional.empty();
        }
        long[] span = run.spanOf(state);
        int workers = run.laneCount(state);
        Map<String, Double> values = new LinkedHashMap<>();
        double share;
        String message;
        FindingKind kind;
        if (state == State.SPAWN) {
            kind = FindingKind.SPAWN_COST;
            double wall = Math.max(1, run.result.wallMs() * 1e6);
            share = span[1] / wall;
            message = "Starting " + Amounts.count(workers, "worker process") + " took "
                    + Amounts.durationNanos(total / workers) + (workers == 1 ? "" : " each") + "; the last was ready "
                    + "after " + Amounts.durationNanos(span[1]) + ", " + Amounts.percent(share) + " of the "
                    + Amounts.duration(run.result.wallMs()) + " run";
            values.put("workers", (double) workers);
            values.put("meanSpawnMs", total / 1e6 / workers);
            values.put("readyAfterMs", span[1] / 1e6);
        } else {
            kind = FindingKind.IPC_COST;
            share = total / (double) Math.max(1, run.threadTime());
            message = "Passing tasks and results between processes (IPC) took " + Amounts.durationNanos(total)
                    + " in all, " + Amounts.percent(share) + " of the workers' time";
            values.put("ipcMs", total / 1e6);
        }
        values.put("sharePercent", share * 100);
        if (share < limits.processCostShare()) {
            return Optional.empty();
        }
        Severity severity = share >= limits.processCostWarning() ? Severity.WARNING : Severity.INFO;
        return Optional.of(new Finding(kind, severity, message, span[0], span[1], run.lanesIn(state), List.of(),
                values));
    }
}
