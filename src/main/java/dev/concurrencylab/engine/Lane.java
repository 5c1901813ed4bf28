package dev.concurrencylab.engine;

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

    LaneSnapshot snapshot() {
        int s = openState;
        long os = openStart;
        int ot = openTask;
        return new LaneSnapshot(id, name, kind, buffer.view(), cpuNanos, s < 0 ? null : State.of(s), os, ot);
    }
}
