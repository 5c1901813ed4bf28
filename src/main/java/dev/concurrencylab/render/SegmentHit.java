package dev.concurrencylab.render;

import dev.concurrencylab.engine.Durations;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The segment under a point of a timeline: what a tooltip shows and a click highlights.
 *
 * @param lane    the lane's index in its {@link LaneSet}
 * @param task    the task, or -1 for a segment that belongs to none
 * @param open    true for a segment still under way (its end is the snapshot's now)
 * @param failure why the task failed, or null when it did not
 * @param pending for a wait that belongs to no task (an idle event loop): the tasks whose I/O it waits for
 */
public record SegmentHit(int lane, String laneName, int task, State state, long startNanos, long endNanos,
                         boolean open, String failure, List<Integer> pending, boolean inferred) {
    /** Tasks named in a tooltip at most; the rest are counted. */
    private static final int MAX_NAMED = 8;

    public SegmentHit {
        pending = List.copyOf(pending);
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }

    public boolean failed() {
        return failure != null;
    }

    /**
     * Several lines: who (the task, and why it failed; or, for a wait of no task such as an idle event loop, the
     * tasks it waits for), the state and its duration (and what it waited for), start, end and lane.
     */
    public String describe(WaitCauses causes) {
        String who;
        if (task >= 0) {
            who = "task " + task + (failed() ? " (failed: " + failure + ")" : "");
        } else if (!pending.isEmpty()) {
            who = "waiting for " + pending.size() + (pending.size() == 1 ? " task's" : " tasks'") + " I/O: "
                    + pending.stream().limit(MAX_NAMED).map(String::valueOf).collect(Collectors.joining(", "))
                    + (pending.size() > MAX_NAMED ? " …" : "");
        } else {
            who = "no task";
        }
        // a segment of no task (an idle event loop, a worker starting) waits for nothing in particular
        String what = (task >= 0 ? causes : WaitCauses.NONE).describe(state, durationNanos());
        return who + " · " + what + (inferred ? " (" + StateText.INFERRED + ")" : "") + "\n"
                + "start " + Durations.nanos(startNanos) + " · end " + Durations.nanos(endNanos)
                + (open ? " (under way)" : "") + "\n"
                + laneName;
    }

    /**
     * The segment under a point of a plot painted with {@code layout}, within two pixels; null over idle time
     * and over aggregated rows.
     */
    public static SegmentHit at(LaneSet lanes, LaneLayout layout, TimeWindow window, int width, double x,
                                 double y, long replayNanos) {
        int row = layout.rowAt(y);
        if (row < 0 || layout.aggregated() || width <= 0) {
            return null;
        }
        int lane = layout.firstLane(row);
        long t = window.toNanos(x, width);
        long tol = Math.max(1, Math.round(2.0 * window.span() / width));
        long limit = replayNanos >= 0 ? replayNanos : Long.MAX_VALUE;
        if (t - tol > limit) {
            return null;
        }
        State open = lanes.openState(lane);
        if (open != null && t + tol >= lanes.openStart(lane) && t - tol <= lanes.nowNanos()) {
            int task = lanes.openTask(lane);
            return new SegmentHit(lane, lanes.name(lane), task, open, lanes.openStart(lane), lanes.nowNanos(),
                    true, lanes.failure(task), task < 0 ? lanes.pendingAt(Math.min(t, lanes.nowNanos())) : List.of(),
                    lanes.inferred(lane, open));
        }
        Segments segs = lanes.segments(lane);
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = LaneRaster.firstEndingAtOrAfter(segs, t - tol); i < segs.size() && segs.start(i) <= t + tol; i++) {
            if (segs.start(i) > limit) {
                break;
            }
            long d = t < segs.start(i) ? segs.start(i) - t : t > segs.end(i) ? t - segs.end(i) : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        int task = segs.task(best);
        long at = Math.clamp(t, segs.start(best), segs.end(best));
        return new SegmentHit(lane, lanes.name(lane), task, segs.state(best), segs.start(best), segs.end(best),
                false, lanes.failure(task), task < 0 ? lanes.pendingAt(at) : List.of(),
                lanes.inferred(lane, segs.state(best)));
    }
}
