package dev.concurrencylab.render;

import dev.concurrencylab.engine.State;

/**
 * The segment under a point of a timeline: what a tooltip shows and a click highlights.
 *
 * @param lane  the lane's index in its {@link LaneSet}
 * @param task  the task, or -1 for a segment that belongs to none
 * @param open  true for a segment still under way (its end is the snapshot's now)
 */
public record SegmentHit(int lane, String laneName, int task, State state, long startNanos, long endNanos,
                         boolean open, boolean failed) {
    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** Several lines: task, state, start, end, duration and lane. */
    public String describe() {
        String who = task >= 0 ? "task " + task : "no task";
        return who + (failed ? " (failed)" : "") + " · " + state.label() + "\n"
                + "start " + TimeAxis.format(startNanos) + " · end " + TimeAxis.format(endNanos)
                + (open ? " (under way)" : "") + "\n"
                + "duration " + TimeAxis.format(durationNanos()) + " · " + laneName;
    }
}
