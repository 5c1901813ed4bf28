package dev.concurrencylab.python;

import dev.concurrencylab.engine.Lane;
import dev.concurrencylab.engine.LaneWait;
import dev.concurrencylab.engine.State;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * Writes one driver lane (a Python thread, a pool worker, or an event loop's pending waits) into the trace.
 *
 * <p>A thread's checkpoints are (wall, thread CPU, process CPU) triples. Between two of them the thread was off
 * its CPU for {@code wall - threadCpu}, while the interpreter's other threads used {@code processCpu - threadCpu}.
 * With the GIL on, the smaller of the two is time this thread waited for the GIL: drawn as GIL_WAIT, marked
 * inferred, at the end of the interval (where CPython hands the GIL over: after a C call such as one
 * {@code re.search} returns). The rest is RUNNING, including time the OS gave the core to another process, which
 * no model here can tell apart either. Waits under {@value #MIN_INFERRED_NANOS} ns are clock noise and not drawn.
 */
final class LaneWriter {
    static final long MIN_INFERRED_NANOS = 50_000;
    private static final int NONE = Integer.MIN_VALUE;

    private final Lane lane;
    private final boolean detached;
    private final boolean inferGil;
    /** Driver time to trace time. */
    private final LongUnaryOperator clock;
    private long lastWall;
    private long lastThread;
    private long lastProcess;
    private final long firstThread;
    private long cursor;
    /** A RUNNING span still being extended by the next interval of the same step. */
    private int runTask = NONE;
    private long runStart;
    private long runEnd;
    /** Detached lanes: the waits begun and not yet ended, by task (their start, driver time). */
    private final Map<Integer, Long> begun = new HashMap<>();
    /** Thread lanes: the wait under way, drawn growing until it ends. */
    private LaneWait wait;

    LaneWriter(Lane lane, boolean inferGil, LongUnaryOperator clock, long[] first) {
        this.lane = lane;
        this.detached = lane.kind() == dev.concurrencylab.engine.LaneKind.DETACHED;
        this.inferGil = inferGil && !detached;
        this.clock = clock;
        if (this.inferGil) {
            lane.markInferred(State.GIL_WAIT);
        }
        firstThread = first[1];
        remember(first, 0);
    }

    /**
     * A CPU step's checkpoints. {@code queuedAt} (driver time) is when the task was handed to the pool: a gap that
     * began before it may hold idle time, so it is not read.
     */
    void cpu(int task, long[] ck, long queuedAt) {
        gap(ck, queuedAt);
        for (int i = 0; i + 5 < ck.length; i += 3) {
            long gil = inferGil ? gilWait(ck[i + 3] - ck[i], ck[i + 4] - ck[i + 1], ck[i + 5] - ck[i + 2]) : 0;
            running(task, ck[i], ck[i + 3] - gil);
            if (gil > 0) {
                flushRun();
                emit(State.GIL_WAIT, task, ck[i + 3] - gil, ck[i + 3]);
            }
        }
        remember(ck, ck.length - 3);
    }

    /** An I/O wait began: shown growing in a live view until it ends. */
    void ioBegin(int task, long[] ck, long queuedAt) {
        if (detached) {
            begun.put(task, ck[0]);
            return;
        }
        gap(ck, queuedAt);
        flushRun();
        long start = Math.max(cursor, clock.applyAsLong(ck[0]));
        wait = new LaneWait(lane, task, start);
        cursor = start;
        remember(ck, 0);
    }

    /**
     * The wait ended. The window spans the blocking call (a sleep, a socket): where its cause was due to end at
     * {@code dueAt} (a sleep's deadline), it is IO_WAIT until then and READY after (taking the GIL back, being
     * scheduled; the event loop getting round to the task); where Python cannot tell ({@code dueAt} -1, an HTTP
     * answer), it is IO_WAIT throughout.
     */
    void ioEnd(int task, long[] ck, long dueAt) {
        long end = clock.applyAsLong(ck[0]);
        if (detached) {
            Long start = begun.remove(task);
            if (start != null) { // waits of one lane overlap here: no cursor, and ends come in order
                LaneWait.record(lane, task, clock.applyAsLong(start), dueAt < 0 ? end : clock.applyAsLong(dueAt), end);
            }
            return;
        }
        end = Math.max(cursor, end);
        if (wait != null) {
            if (dueAt >= 0) {
                wait.causeEnded(clock.applyAsLong(dueAt));
            }
            wait.end(end);
            wait = null;
        }
        cursor = end;
        remember(ck, 0);
    }

    /** An event loop waiting in select() while tasks are in flight: IO_WAIT of no task. */
    void loopWait(long[] ck) {
        gap(ck, Long.MIN_VALUE);
        flushRun();
        emit(State.IO_WAIT, -1, ck[0], ck[3]);
        remember(ck, 3);
    }

    /** A checkpoint with nothing to draw: it bounds the lane's CPU time. */
    void checkpoint(long[] ck) {
        gap(ck, Long.MIN_VALUE);
        remember(ck, 0);
    }

    /** A span the driver measured itself: SPAWN or IPC of a pool worker. */
    void span(State state, int task, long start, long end) {
        flushRun();
        emit(state, task, start, end);
    }

    /** Ends the lane: a segment still open (the run was stopped) ends at {@code nowTrace}; its CPU time is set. */
    void finish(long nowTrace) {
        flushRun();
        lane.close(Math.max(cursor, nowTrace));
        if (!detached) {
            lane.setCpuNanos(Math.max(0, lastThread - firstThread));
        }
    }

    /** The GIL wait read from one interval, or 0 where it is below the clocks' noise. */
    static long gilWait(long wall, long threadCpu, long processCpu) {
        long stalled = wall - threadCpu;
        long othersRan = processCpu - threadCpu;
        long wait = Math.min(stalled, othersRan);
        return wait >= MIN_INFERRED_NANOS ? wait : 0;
    }

    /** Between the lane's last checkpoint and this one, the thread ran the pool's or loop's own code. */
    private void gap(long[] ck, long queuedAt) {
        if (!inferGil || queuedAt > lastWall) {
            return;
        }
        long gil = gilWait(ck[0] - lastWall, ck[1] - lastThread, ck[2] - lastProcess);
        if (gil > 0) {
            flushRun();
            emit(State.GIL_WAIT, -1, ck[0] - gil, ck[0]);
        }
    }

    private void remember(long[] ck, int at) {
        lastWall = ck[at];
        lastThread = ck[at + 1];
        lastProcess = ck[at + 2];
    }

    private void running(int task, long start, long end) {
        if (runTask == task && start == runEnd) {
            runEnd = end;
            return;
        }
        flushRun();
        runTask = task;
        runStart = start;
        runEnd = end;
    }

    private void flushRun() {
        if (runTask != NONE) {
            emit(State.RUNNING, runTask, runStart, runEnd);
            runTask = NONE;
        }
    }

    private void emit(State state, int task, long start, long end) {
        long s = Math.max(cursor, clock.applyAsLong(start));
        long e = Math.max(s, clock.applyAsLong(end));
        lane.segment(state, task, s, e);
        cursor = e;
    }
}
