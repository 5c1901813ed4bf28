package dev.concurrencylab.engine;

/**
 * One lane as it was at one moment: its finished segments, plus the segment under way, if any.
 *
 * @param openState the state of the segment under way, or null
 * @param openStart when the segment under way began
 * @param openTask  the task of the segment under way
 * @param cpuNanos  thread CPU time used, or -1 where unknown
 */
public record LaneSnapshot(int id, String name, LaneKind kind, Segments segments, long cpuNanos,
                           State openState, long openStart, int openTask) {

    public static LaneSnapshot of(int id, String name, LaneKind kind, Segments segments, long cpuNanos) {
        return new LaneSnapshot(id, name, kind, segments, cpuNanos, null, 0, -1);
    }

    public boolean isThreadLike() {
        return kind != LaneKind.DETACHED;
    }
}
