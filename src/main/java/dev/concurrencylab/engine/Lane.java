package dev.concurrencylab.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * One row of a timeline, written by exactly one thread: the thread (or the process reader) it stands for.
 *
 * <p>Recording costs a few plain writes and one volatile write; nothing locks.
 */
public final class Lane {
    private final int id;
    private final String name;
    private final LaneKind kind;
    private final SegmentBuffer buffer = new SegmentBuffer();
    private volatile long cpuNanos = -1;
    /** States this lane's writer infers rather than observes, as bits by ordinal. */
    private volatile int inferred;

    // The segment under way, for live views: written by the owner, read by viewers.
    private long openStart;
    private int openTask;
    private volatile int openState = -1;

    Lane(int id, String name, LaneKind kind) {
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LaneKind kind() {
        return kind;
    }

    /** Records a finished segment. */
    public void segment(State state, int task, long startNanos, long endNanos) {
        buffer.add(state, task, startNanos, Math.max(startNanos, endNanos));
    }

    /** Marks the start of a segment that is still going on, so a live view can draw it growing. */
    public void open(State state, int task, long startNanos) {
        openStart = startNanos;
        openTask = task;
        openState = state.ordinal();
    }

    /** Ends the open segment and records it. */
    public void close(long endNanos) {
        int s = openState;
        if (s >= 0) {
            openState = -1;
            buffer.add(State.of(s), openTask, openStart, Math.max(openStart, endNanos));
        }
    }

    /** The thread CPU time this lane used, in nanoseconds, or -1 where the JVM cannot measure it. */
    public long cpuNanos() {
        return cpuNanos;
    }

    public void setCpuNanos(long nanos) {
        this.cpuNanos = nanos;
    }

    /** Declares that this lane's segments in {@code state} are inferred, not observed (e.g. CPython's GIL waits). */
    public void markInferred(State state) {
        inferred |= 1 << state.ordinal();
    }

    LaneSnapshot snapshot() {
        int s = openState;
        long os = openStart;
        int ot = openTask;
        return new LaneSnapshot(id, name, kind, buffer.view(), cpuNanos, s < 0 ? null : State.of(s), os, ot,
                states(inferred));
    }

    private static Set<State> states(int bits) {
        if (bits == 0) {
            return Set.of();
        }
        Set<State> out = EnumSet.noneOf(State.class);
        for (State st : State.values()) {
            if ((bits & (1 << st.ordinal())) != 0) {
                out.add(st);
            }
        }
        return out;
    }
}
