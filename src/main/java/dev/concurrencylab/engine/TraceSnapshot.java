package dev.concurrencylab.engine;

import java.util.List;

/**
 * A consistent, immutable picture of a run's trace at one moment; what views paint from.
 *
 * @param nowNanos when the picture was taken, in nanoseconds since the run's origin
 * @param complete true once the run has ended: nothing will be added
 */
public record TraceSnapshot(long nowNanos, List<LaneSnapshot> lanes, TaskTable tasks, boolean complete) {

    public TraceSnapshot {
        lanes = List.copyOf(lanes);
    }

    /** Lanes that stand for a thread or a process (not detached waits). */
    public List<LaneSnapshot> threadLanes() {
        return lanes.stream().filter(LaneSnapshot::isThreadLike).toList();
    }

    public long segmentCount() {
        long n = 0;
        for (LaneSnapshot l : lanes) {
            n += l.segments().size();
        }
        return n;
    }

    /** The latest moment anything in the trace reaches. */
    public long endNanos() {
        long end = complete ? 0 : nowNanos;
        for (LaneSnapshot l : lanes) {
            int n = l.segments().size();
            if (n > 0) {
                end = Math.max(end, l.segments().end(n - 1));
            }
        }
        for (long e : tasks.ended()) {
            end = Math.max(end, e);
        }
        return end;
    }
}
