package dev.concurrencylab.process;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.Lane;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceRecorder;
import java.nio.BufferUnderflowException;
import java.time.Duration;
import java.util.Queue;

/**
 * The app-side thread of one pool slot: starts the slot's worker, feeds it tasks one at a time, and writes
 * the worker's lane (SPAWN, IPC, then the worker's own RUNNING and IO_WAIT, moved onto the app's clock).
 * A worker that dies, sends garbage or falls silent fails its task and is replaced; after
 * {@link #MAX_FAILURES_IN_ROW} such failures in a row, or one failure to start, the slot gives up.
 */
final class WorkerDriver implements Runnable {
    static final int MAX_FAILURES_IN_ROW = 3;

    private final int slot;
    private final WorkerPool pool;
    private final Queue<LabTask> queue;
    private final TraceRecorder trace;
    private final CancelToken cancel;
    private final ProcessTimeouts timeouts;
    private volatile String gaveUp;

    private Lane lane;
    private long laneCpu;
    private long cursor;

    WorkerDriver(int slot, WorkerPool pool, Queue<LabTask> queue, TraceRecorder trace, CancelToken cancel,
                 ProcessTimeouts timeouts) {
        this.slot = slot;
        this.pool = pool;
        this.queue = queue;
        this.trace = trace;
        this.cancel = cancel;
        this.timeouts = timeouts;
    }

    /** Why this slot stopped taking tasks before the queue was empty, or null. */
    String gaveUp() {
        return gaveUp;
    }

    @Override
    public void run() {
        int failuresInRow = 0;
        WorkerProcess w = pool.live(slot);
        try {
            while (!cancel.isCancelled()) {
                if (w == null) {
                    try {
                        w = spawn();
                    } catch (WorkerFailure f) {
                        if (f.atStart() || ++failuresInRow >= MAX_FAILURES_IN_ROW) {
                            gaveUp = f.getMessage();
                            return;
                        }
                        continue;
                    }
                } else if (lane == null) {
                    openLane(w); // a warm worker from an earlier run: no SPAWN
                }
                LabTask task = queue.poll();
                if (task == null) {
                    return;
                }
                try {
                    runTask(w, task);
                    failuresInRow = 0;
                } catch (WorkerFailure f) {
                    long t = trace.now();
                    lane.close(t);
                    trace.failed(task.id(), t, cancel.isCancelled() ? "cancelled" : f.getMessage());
                    w.kill();
                    pool.set(slot, null);
                    w = null;
                    endLane();
                    if (++failuresInRow >= MAX_FAILURES_IN_ROW && !cancel.isCancelled()) {
                        gaveUp = f.getMessage() + " (" + MAX_FAILURES_IN_ROW + " workers in a row failed)";
                        return;
                    }
                }
            }
        } finally {
            endLane();
        }
    }

    private WorkerProcess spawn() throws WorkerFailure {
        long t0 = trace.now();
        WorkerProcess w = WorkerProcess.start(pool.command(), pool.nextName());
        pool.set(slot, w);
        if (cancel.isCancelled()) {
            w.kill(); // the run was stopped while this worker was being started
        }
        openLane(w);
        lane.open(State.SPAWN, -1, t0);
        try {
            w.handshake(timeouts.ready());
        } finally {
            cursor = trace.now();
            lane.close(cursor);
        }
        return w;
    }

    private void openLane(WorkerProcess w) {
        lane = trace.newLane(w.name() + " (pid " + w.pid() + ")", LaneKind.PROCESS);
        laneCpu = 0;
        cursor = 0;
    }

    private void endLane() {
        if (lane != null) {
            lane.setCpuNanos(laneCpu);
            lane = null;
        }
    }

    private void runTask(WorkerProcess w, LabTask task) throws WorkerFailure {
        int id = task.id();
        long sent = trace.now();
        trace.started(id, sent);
        lane.open(State.IPC, id, at(sent));
        String silent = "sent nothing for " + WorkerProcess.seconds(timeouts.silence()) + " while running task " + id;
        w.expectWithin(timeouts.silence(), silent);
        w.send(TaskCodec.encodeTask(task), false);
        while (true) {
            Frames.In f = w.read(false);
            w.expectWithin(timeouts.silence(), silent);
            try {
                if (handle(w, f, id)) {
                    w.idle();
                    return;
                }
            } catch (ProtocolException | BufferUnderflowException e) {
                throw w.garbage(e, false);
            }
        }
    }

    /** Records one frame from the worker; true once the task has ended. */
    private boolean handle(WorkerProcess w, Frames.In f, int id) {
        var p = f.payload();
        switch (f.type()) {
            case Frames.HEARTBEAT -> f.end();
            case Frames.BEGIN -> {
                requireTask(p.getInt(), id);
                lane.close(at(worker(w, p.getLong())));
                f.end();
            }
            case Frames.STEP -> {
                State state = p.get() == 0 ? State.RUNNING : State.IO_WAIT;
                lane.open(state, id, at(worker(w, p.getLong())));
                f.end();
            }
            case Frames.STEP_END -> {
                lane.close(at(worker(w, p.getLong())));
                f.end();
            }
            case Frames.RESULT, Frames.FAILED -> {
                requireTask(p.getInt(), id);
                long encoded = at(worker(w, p.getLong()));
                laneCpu += Math.max(0, p.getLong());
                Object result = f.type() == Frames.RESULT ? TaskCodec.readResult(f) : f.string();
                f.end();
                long done = at(trace.now());
                lane.segment(State.IPC, id, encoded, done);
                cursor = done;
                if (f.type() == Frames.RESULT) {
                    trace.finished(id, done, result);
                } else {
                    trace.failed(id, done, (String) result);
                }
                return true;
            }
            default -> throw new ProtocolException("unexpected frame type " + f.type());
        }
        return false;
    }

    private static void requireTask(int got, int expected) {
        if (got != expected) {
            throw new ProtocolException("answered for task " + got + " while running task " + expected);
        }
    }

    /** A worker's time stamp on this run's trace clock. */
    private long worker(WorkerProcess w, long workerNanos) {
        return w.toParent(workerNanos) - trace.origin();
    }

    /** Keeps the lane's segments in order: a clock offset is only known to within half a round trip. */
    private long at(long t) {
        cursor = Math.max(cursor, t);
        return cursor;
    }
}
