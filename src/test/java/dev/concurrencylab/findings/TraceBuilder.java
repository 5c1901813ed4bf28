package dev.concurrencylab.findings;

import dev.concurrencylab.engine.ArraySegments;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Traces built by hand, in milliseconds, for what no run on this machine can produce yet (states another branch
 * adds, an interpreter's inferred waits) or cannot produce on demand (a given wall time).
 */
final class TraceBuilder {
    private static final long MS = 1_000_000;
    private final List<LaneSnapshot> lanes = new ArrayList<>();
    private final TaskTable tasks;
    private long end;

    TraceBuilder(int taskCount) {
        tasks = TaskTable.empty(taskCount);
    }

    /** A lane of (state, task, startMs, endMs) segments. */
    TraceBuilder lane(String name, LaneKind kind, Object... quads) {
        ArraySegments.Builder b = ArraySegments.builder(quads.length / 4);
        for (int i = 0; i < quads.length; i += 4) {
            long s = ((Number) quads[i + 2]).longValue() * MS;
            long e = ((Number) quads[i + 3]).longValue() * MS;
            b.add((State) quads[i], (Integer) quads[i + 1], s, e);
            end = Math.max(end, e);
        }
        lanes.add(LaneSnapshot.of(lanes.size(), name, kind, b.build(), -1));
        return this;
    }

    TraceBuilder thread(String name, Object... quads) {
        return lane(name, LaneKind.THREAD, quads);
    }

    TraceBuilder task(int id, long submittedMs, long startedMs, long endedMs) {
        tasks.submitted()[id] = submittedMs * MS;
        tasks.started()[id] = startedMs * MS;
        tasks.ended()[id] = endedMs * MS;
        tasks.status()[id] = TaskStatus.FINISHED;
        return this;
    }

    RunOutput run(ModelKind model, WorkloadKind workload, int workers, String python) {
        return run(result(model, workload, workers, tasks.size(), end / (double) MS, Map.of(), python));
    }

    RunOutput run(RunResult result) {
        return new RunOutput(result, new TraceSnapshot(end, lanes, tasks, true));
    }

    static RunResult result(ModelKind model, WorkloadKind workload, int workers, int tasks, double wallMs,
                            Map<String, Integer> errors, String python) {
        int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
        return new RunResult(model, workload, workers, 0, tasks, wallMs, wallMs, 0.5, tasks / wallMs * 1000, wallMs,
                1.0, failed, errors, workers, 0, 0, 0, 0, 0, 0, 0, null, 2, null, null, false, null, null, null, python,
                python == null ? null : Boolean.TRUE, null, null, null);
    }
}
