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

/** Builds trace snapshots by hand for painting tests: lanes of segments plus a task table. */
final class TraceFixture {
    private final List<LaneSnapshot> lanes = new ArrayList<>();
    private final TaskTable tasks;
    private long now;
    private boolean complete = true;

    TraceFixture(int taskCount) {
        tasks = TaskTable.empty(taskCount);
    }

    /** A thread lane from (state, task, start, end) quadruples given as segments. */
    TraceFixture lane(String name, LaneKind kind, Seg... segs) {
        ArraySegments.Builder b = ArraySegments.builder(segs.length);
        for (Seg s : segs) {
            b.add(s.state(), s.task(), s.start(), s.end());
            now = Math.max(now, s.end());
        }
        lanes.add(LaneSnapshot.of(lanes.size(), name, kind, b.build(), -1));
        return this;
    }

    TraceFixture thread(String name, Seg... segs) {
        return lane(name, LaneKind.THREAD, segs);
    }

    /** A thread lane whose GIL waits were inferred from clocks (a CPython thread's). */
    TraceFixture inferredThread(String name, Seg... segs) {
        lane(name, LaneKind.THREAD, segs);
        LaneSnapshot l = lanes.removeLast();
        lanes.add(new LaneSnapshot(l.id(), l.name(), l.kind(), l.segments(), l.cpuNanos(), null, 0, -1,
                java.util.Set.of(State.GIL_WAIT)));
        return this;
    }

    TraceFixture openLane(String name, State state, int task, long start, long nowNanos) {
        lanes.add(new LaneSnapshot(lanes.size(), name, LaneKind.THREAD, ArraySegments.builder(0).build(), -1,
                state, start, task));
        now = Math.max(now, nowNanos);
        complete = false;
        return this;
    }

    TraceFixture task(int id, long submitted, long started, long ended, TaskStatus status) {
        tasks.submitted()[id] = submitted;
        tasks.started()[id] = started;
        tasks.ended()[id] = ended;
        tasks.status()[id] = status;
        return this;
    }

    TraceSnapshot build() {
        return new TraceSnapshot(now, lanes, tasks, complete);
    }

    static Seg seg(State state, int task, long start, long end) {
        return new Seg(state, task, start, end);
    }

    record Seg(State state, int task, long start, long end) {
    }
}
