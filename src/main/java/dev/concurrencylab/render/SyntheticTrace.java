package dev.concurrencylab.render;

import dev.concurrencylab.engine.ArraySegments;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up trace of a given shape, for measuring painting cost only (the timeline benchmark): every lane
 * alternates RUNNING, GIL_WAIT and IO_WAIT segments of random length over the same span, one task each.
 */
public final class SyntheticTrace {
    private SyntheticTrace() {
    }

    /**
     * @param lanes    thread lanes
     * @param segments segments in all, spread evenly over the lanes
     * @param tasks    tasks the segments belong to (round-robin); each task's table row spans its segments
     * @param endNanos where the trace ends
     */
    public static TraceSnapshot of(int lanes, int segments, int tasks, long endNanos, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TaskTable table = TaskTable.empty(tasks);
        List<LaneSnapshot> out = new ArrayList<>(lanes);
        int perLane = Math.max(1, segments / lanes);
        long mean = Math.max(2, endNanos / perLane);
        int task = 0;
        for (int l = 0; l < lanes; l++) {
            ArraySegments.Builder b = ArraySegments.builder(perLane);
            long t = random.nextLong(mean);
            for (int i = 0; i < perLane && t < endNanos; i++) {
                long len = 1 + random.nextLong(2 * mean);
                State s = switch (i % 3) {
                    case 0 -> State.RUNNING;
                    case 1 -> State.GIL_WAIT;
                    default -> State.IO_WAIT;
                };
                long end = Math.min(endNanos, t + len);
                b.add(s, task, t, end);
                record(table, task, t, end);
                task = (task + 1) % tasks;
                t = end;
            }
            out.add(LaneSnapshot.of(l, "worker-" + (l + 1), LaneKind.THREAD, b.build(), -1));
        }
        return new TraceSnapshot(endNanos, out, table, true);
    }

    private static void record(TaskTable table, int task, long start, long end) {
        if (table.submitted()[task] < 0) {
            table.submitted()[task] = 0;
            table.started()[task] = start;
        }
        table.ended()[task] = Math.max(table.ended()[task], end);
        table.status()[task] = TaskStatus.FINISHED;
    }
}
