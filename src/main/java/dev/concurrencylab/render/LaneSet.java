package dev.concurrencylab.render;

import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The lanes of one trace snapshot as one view shows them: a lane per thread or process (followed by the rows of
 * waits no thread owns, such as an event loop's pending I/O, see {@link PendingWaits}), or a lane per task.
 * Each lane's segments are in time order and do not overlap, so painters can binary-search the visible ones.
 * Built once per snapshot and mode, then painted many times (zoom, pan, replay).
 */
public final class LaneSet {
    private final TraceSnapshot snapshot;
    private final LaneMode mode;
    private final List<LaneSnapshot> threads;
    /** Thread view: the detached lanes' waits, packed into rows after the threads. */
    private final List<Segments> pending;
    private final List<String> pendingNames;
    /** Each pending row's source lane's inferred states (bits by ordinal). */
    private final List<Integer> pendingInferred;
    private final TaskLanes tasks;
    private final LaneColumns columns;
    private final boolean[] failed;
    private final boolean anyFailed;
    /** The states some lane marks as inferred, as bits by ordinal: what a task lane, which mixes lanes, draws so. */
    private final int anyInferred;
    /** Finished, with no segment still open: only then is a summary of it worth keeping. */
    private final boolean settled;
    /** The last level-of-detail summary built (finished snapshots only), for the grouping painted last. */
    private CoverageBins bins;
    /** The grouping being built in the background ({@code lanesPerRow * 2^32 + bins}), or -1. */
    private long building = -1;

    private LaneSet(TraceSnapshot snapshot, LaneMode mode) {
        this.snapshot = snapshot;
        this.mode = mode;
        this.threads = snapshot.threadLanes();
        this.tasks = mode == LaneMode.TASKS ? TaskLanes.of(snapshot) : null;
        this.pending = new ArrayList<>();
        this.pendingNames = new ArrayList<>();
        this.pendingInferred = new ArrayList<>();
        if (tasks == null) {
            for (LaneSnapshot l : snapshot.lanes()) {
                if (!l.isThreadLike()) {
                    List<Segments> rows = PendingWaits.pack(l);
                    for (int i = 0; i < rows.size(); i++) {
                        pending.add(rows.get(i));
                        pendingNames.add(l.name() + " " + (i + 1));
                        pendingInferred.add(bits(l));
                    }
                }
            }
        }
        this.columns = tasks != null ? tasks.columns : copy(threads, pending);
        TaskTable table = snapshot.tasks();
        failed = new boolean[table.size()];
        boolean any = false;
        for (int i = 0; i < failed.length; i++) {
            failed[i] = table.failed(i);
            any |= failed[i];
        }
        anyFailed = any;
        int inferred = 0;
        for (LaneSnapshot l : threads) {
            inferred |= bits(l);
        }
        anyInferred = inferred;
        settled = snapshot.complete() && !anyOpen();
    }

    /** One pass over each lane, so painting never goes through the trace's own storage again. */
    private static LaneColumns copy(List<LaneSnapshot> threads, List<Segments> pending) {
        List<Segments> lanes = new ArrayList<>(threads.size() + pending.size());
        threads.forEach(t -> lanes.add(t.segments()));
        lanes.addAll(pending);
        int[] offset = new int[lanes.size() + 1];
        for (int l = 0; l < lanes.size(); l++) {
            offset[l + 1] = offset[l] + lanes.get(l).size();
        }
        int total = offset[lanes.size()];
        long[] start = new long[total];
        long[] end = new long[total];
        int[] task = new int[total];
        byte[] state = new byte[total];
        for (int l = 0; l < lanes.size(); l++) {
            Segments s = lanes.get(l);
            for (int i = 0, k = offset[l]; i < offset[l + 1] - offset[l]; i++, k++) {
                start[k] = s.start(i);
                end[k] = s.end(i);
                task[k] = s.task(i);
                state[k] = (byte) s.state(i).ordinal();
            }
        }
        return new LaneColumns(offset, start, end, task, state);
    }

    /**
     * A summary of this finished snapshot's coverage for rows of {@code lanesPerRow} lanes in {@code binCount}
     * bins, built on first use and kept while painters ask for the same grouping; null while the run is live
     * (its snapshot still grows).
     */
    synchronized CoverageBins bins(int lanesPerRow, int binCount) {
        if (!settled) {
            return null;
        }
        if (!holds(lanesPerRow, binCount)) {
            bins = CoverageBins.of(columns, lanesPerRow, binCount);
        }
        return bins;
    }

    /**
     * Like {@link #bins} but never builds on the caller's thread: gives the summary when it is ready, otherwise
     * starts building it on {@code builder} (once per grouping) and returns null; {@code ready} runs after.
     */
    synchronized CoverageBins binsOrBuild(int lanesPerRow, int binCount, Executor builder, Runnable ready) {
        if (!settled) {
            return null;
        }
        if (holds(lanesPerRow, binCount)) {
            return bins;
        }
        long key = ((long) lanesPerRow << 32) | binCount;
        if (building != key) {
            building = key;
            builder.execute(() -> {
                CoverageBins built = CoverageBins.of(columns, lanesPerRow, binCount);
                synchronized (this) {
                    if (building == key) {
                        bins = built;
                        building = -1;
                    }
                }
                ready.run();
            });
        }
        return null;
    }

    private boolean holds(int lanesPerRow, int binCount) {
        return bins != null && bins.lanesPerRow() == lanesPerRow && bins.bins() == binCount;
    }

    private boolean anyOpen() {
        for (int lane = 0; lane < size(); lane++) {
            if (openState(lane) != null) {
                return true;
            }
        }
        return false;
    }

    /** Every lane's segments in flat arrays, for painters. */
    LaneColumns columns() {
        return columns;
    }

    public static LaneSet of(TraceSnapshot snapshot, LaneMode mode) {
        return new LaneSet(snapshot, mode);
    }

    /** How many lanes {@link #of} would give, without building them. */
    public static int count(TraceSnapshot snapshot, LaneMode mode) {
        if (mode == LaneMode.TASKS) {
            return snapshot.tasks().size();
        }
        int n = 0;
        for (LaneSnapshot l : snapshot.lanes()) {
            n += l.isThreadLike() ? 1 : PendingWaits.depth(l);
        }
        return n;
    }

    public TraceSnapshot snapshot() {
        return snapshot;
    }

    public LaneMode mode() {
        return mode;
    }

    public int size() {
        return tasks != null ? tasks.size() : threads.size() + pending.size();
    }

    /** Where the trace's lane {@code id} is drawn: its index here in the thread view, -1 in the task view or if hidden. */
    public int indexOfLane(int id) {
        if (tasks != null) {
            return -1;
        }
        for (int i = 0; i < threads.size(); i++) {
            if (threads.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    public String name(int lane) {
        if (tasks != null) {
            return "task " + lane;
        }
        return lane < threads.size() ? threads.get(lane).name() : pendingNames.get(lane - threads.size());
    }

    /** Thread view: the tasks whose waits no thread owns (an event loop's pending I/O) cover {@code t}. */
    public List<Integer> pendingAt(long t) {
        List<Integer> out = new ArrayList<>();
        for (int lane = threads.size(); tasks == null && lane < size(); lane++) {
            int i = columns.firstEndingAtOrAfter(lane, t);
            if (i < columns.offset[lane + 1] && columns.start[i] <= t) {
                out.add(columns.task[i]);
            }
        }
        out.sort(null);
        return out;
    }

    public Segments segments(int lane) {
        return columns.segments(lane);
    }

    /** The state of the lane's segment still under way (drawn up to {@link #nowNanos()}), or null. */
    public State openState(int lane) {
        if (tasks != null) {
            return tasks.openState(lane);
        }
        return lane < threads.size() ? threads.get(lane).openState() : null;
    }

    public long openStart(int lane) {
        return tasks != null ? tasks.openStart(lane) : lane < threads.size() ? threads.get(lane).openStart() : 0;
    }

    public int openTask(int lane) {
        return tasks != null ? lane : lane < threads.size() ? threads.get(lane).openTask() : -1;
    }

    public long nowNanos() {
        return snapshot.nowNanos();
    }

    /** True when the task exists and failed. */
    public boolean failed(int task) {
        return task >= 0 && task < failed.length && failed[task];
    }

    /** Why the task failed, or null when it did not. */
    public String failure(int task) {
        return failed(task) ? snapshot.tasks().failure()[task] : null;
    }

    public boolean anyFailed() {
        return anyFailed;
    }

    /** The states whose segments on this lane were inferred, not observed, as bits by ordinal (0 for none). */
    public int inferredStates(int lane) {
        if (tasks != null) {
            return anyInferred;
        }
        return lane < threads.size() ? bits(threads.get(lane)) : pendingInferred.get(lane - threads.size());
    }

    /** True where this lane's segments in {@code state} were inferred. */
    public boolean inferred(int lane, State state) {
        return (inferredStates(lane) & (1 << state.ordinal())) != 0;
    }

    private static int bits(LaneSnapshot lane) {
        int b = 0;
        for (State s : lane.inferred()) {
            b |= 1 << s.ordinal();
        }
        return b;
    }

    /** When the task ended (finished or failed), or -1. */
    public long taskEnd(int task) {
        long[] ended = snapshot.tasks().ended();
        return task >= 0 && task < ended.length ? ended[task] : -1;
    }

    /** The latest moment the trace reaches. */
    public long endNanos() {
        return snapshot.endNanos();
    }
}
