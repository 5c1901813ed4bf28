package dev.concurrencylab.findings;

import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code connection-pool-wait}: requests waited for a connection from the HTTP client's pool (CONN_WAIT) for at
 * least {@link Thresholds#connWaitShare()} of the time on all lanes: the classic trap of a default pool of 5 in
 * front of 50 threads. The pool's size comes from the comparison's settings.
 */
final class ConnectionPoolWait implements Detector {
    @Override
    public Optional<Finding> find(RunProfile run, Thresholds limits) {
        long wait = run.allState[State.CONN_WAIT.ordinal()];
        long total = 0;
        for (long v : run.allState) {
            total += v;
        }
        if (wait == 0 || wait < limits.connWaitShare() * total) {
            return Optional.empty();
        }
        int tasks = run.trace.tasks().size();
        boolean[] waited = new boolean[tasks];
        List<Integer> ids = new ArrayList<>();
        for (LaneSnapshot lane : run.trace.lanes()) {
            Segments s = lane.segments();
            for (int i = 0, n = s.size(); i < n; i++) {
                int t = s.task(i);
                if (s.state(i) == State.CONN_WAIT && t >= 0 && t < tasks && !waited[t]) {
                    waited[t] = true;
                    ids.add(t);
                }
            }
        }
        int threads = run.laneCount(State.CONN_WAIT);
        Integer pool = poolSize(run);
        StringBuilder m = new StringBuilder();
        m.append(ids.size()).append(" of ").append(Amounts.count(tasks, "request"));
        if (threads > 0) {
            m.append(" (on ").append(threads).append(" of ").append(Amounts.count(run.threads.size(), "thread"))
                    .append(")");
        }
        m.append(" waited for ").append(pool == null ? "a pooled connection"
                        : "one of " + Amounts.count(pool, "pooled connection"))
                .append(": ").append(Amounts.durationNanos(wait)).append(" in all, ")
                .append(Amounts.percent(wait / (double) total)).append(" of the time; more threads do not help, a "
                        + "larger pool (max connections) does");
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("waitingRequests", (double) ids.size());
        values.put("waitingThreads", (double) threads);
        values.put("waitMs", wait / 1e6);
        values.put("waitPercent", wait * 100.0 / total);
        if (pool != null) {
            values.put("poolSize", (double) pool);
        }
        long[] span = run.spanOf(State.CONN_WAIT);
        return Optional.of(new Finding(FindingKind.CONNECTION_POOL_WAIT, Severity.WARNING, m.toString(), span[0],
                span[1], run.lanesIn(State.CONN_WAIT), ids, values));
    }

    /** The pool the run's HTTP client had: the max-connections setting, or one per concurrent request. */
    private static Integer poolSize(RunProfile run) {
        ModelSettings s = run.settings;
        if (s == null) {
            return null;
        }
        return s.maxConnections() > 0 ? s.maxConnections()
                : s.ioConcurrency(run.result.model(), run.result.tasks());
    }
}
