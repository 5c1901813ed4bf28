package dev.concurrencylab.render;

import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;

/**
 * Every task's segments gathered from all lanes (detached ones too) into one compressed table: task {@code t}
 * owns entries {@code offset[t]} to {@code offset[t+1]}, sorted by start, QUEUED first. Built in two passes
 * without an object per segment.
 */
final class TaskLanes {
    final LaneColumns columns;
    private final State[] openState;
    private final long[] openStart;

    private TaskLanes(LaneColumns columns, State[] openState, long[] openStart) {
        this.columns = columns;
        this.openState = openState;
        this.openStart = openStart;
    }

    static TaskLanes of(TraceSnapshot snap) {
        TaskTable table = snap.tasks();
        int n = table.size();
        int[] count = new int[n + 1];
        State[] openState = new State[n];
        long[] openStart = new long[n];
        for (int t = 0; t < n; t++) {
            long sub = table.submitted()[t];
            long st = table.started()[t];
            if (sub >= 0 && st >= 0) {
                count[t]++;
            } else if (sub >= 0 && !snap.complete()) {
                openState[t] = State.QUEUED;
                openStart[t] = sub;
            }
        }
        for (LaneSnapshot lane : snap.lanes()) {
            Segments s = lane.segments();
            for (int i = 0, size = s.size(); i < size; i++) {
                int t = s.task(i);
                if (t >= 0 && t < n) {
                    count[t]++;
                }
            }
            if (lane.openState() != null && lane.openTask() >= 0 && lane.openTask() < n) {
                openState[lane.openTask()] = lane.openState();
                openStart[lane.openTask()] = lane.openStart();
            }
        }
        int[] offset = new int[n + 1];
        for (int t = 0; t < n; t++) {
            offset[t + 1] = offset[t] + count[t];
        }
        int total = offset[n];
        long[] start = new long[total];
        long[] end = new long[total];
        byte[] state = new byte[total];
        int[] fill = java.util.Arrays.copyOf(offset, n);
        for (int t = 0; t < n; t++) {
            long sub = table.submitted()[t];
            long st = table.started()[t];
            if (sub >= 0 && st >= 0) {
                int k = fill[t]++;
                start[k] = sub;
                end[k] = Math.max(sub, st);
                state[k] = (byte) State.QUEUED.ordinal();
            }
        }
        for (LaneSnapshot lane : snap.lanes()) {
            Segments s = lane.segments();
            for (int i = 0, size = s.size(); i < size; i++) {
                int t = s.task(i);
                if (t >= 0 && t < n) {
                    int k = fill[t]++;
                    start[k] = s.start(i);
                    end[k] = s.end(i);
                    state[k] = (byte) s.state(i).ordinal();
                }
            }
        }
        int[] task = new int[total];
        for (int t = 0; t < n; t++) {
            sortByStart(start, end, state, offset[t], offset[t + 1]);
            java.util.Arrays.fill(task, offset[t], offset[t + 1], t);
        }
        return new TaskLanes(new LaneColumns(offset, start, end, task, state), openState, openStart);
    }

    /** Insertion sort: a task has a handful of segments, mostly in order already. */
    private static void sortByStart(long[] start, long[] end, byte[] state, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long s = start[i];
            long e = end[i];
            byte st = state[i];
            int j = i - 1;
            while (j >= from && start[j] > s) {
                start[j + 1] = start[j];
                end[j + 1] = end[j];
                state[j + 1] = state[j];
                j--;
            }
            start[j + 1] = s;
            end[j + 1] = e;
            state[j + 1] = st;
        }
    }

    int size() {
        return openState.length;
    }

    State openState(int task) {
        return openState[task];
    }

    long openStart(int task) {
        return openStart[task];
    }
}
