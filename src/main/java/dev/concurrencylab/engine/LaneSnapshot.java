package dev.concurrencylab.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One lane as it was at one moment: its finished segments, plus the segment under way, if any.
 *
 * @param openState the state of the segment under way, or null
 * @param openStart when the segment under way began
 * @param openTask  the task of the segment under way
 * @param cpuNanos  thread CPU time used, or -1 where unknown
 * @param inferred  states whose segments on this lane were inferred rather than observed (CPython's GIL_WAIT,
 *                  read from CPU and wall clocks); drawn and labelled as inferred
 */
public record LaneSnapshot(int id, String name, LaneKind kind, Segments segments, long cpuNanos,
                           State openState, long openStart, int openTask, Set<State> inferred) {

    public LaneSnapshot {
        inferred = inferred == null || inferred.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(inferred));
    }

    /** A lane whose segments were all observed. */
    public LaneSnapshot(int id, String name, LaneKind kind, Segments segments, long cpuNanos, State openState,
                        long openStart, int openTask) {
        this(id, name, kind, segments, cpuNanos, openState, openStart, openTask, Set.of());
    }

    public static LaneSnapshot of(int id, String name, LaneKind kind, Segments segments, long cpuNanos) {
        return new LaneSnapshot(id, name, kind, segments, cpuNanos, null, 0, -1);
    }

    /** True where this lane's segments in {@code state} were inferred. */
    public boolean inferred(State state) {
        return inferred.contains(state);
    }

    public boolean isThreadLike() {
        return kind != LaneKind.DETACHED;
    }
}
