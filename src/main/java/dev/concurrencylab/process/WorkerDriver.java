package dev.concurrencylab.process;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.Lane;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneWait;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceRecorder;
import java.nio.BufferUnderflowException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;

/**
 * The app-side thread of one pool slot: starts the slot's worker, feeds it tasks one at a time, and writes
 * the worker's lane (SPAWN, IPC, then the worker's own RUNNING and IO_WAIT, moved onto the app's clock).
 * A worker that dies, sends garbage or falls silent fails its task and is replaced; after
 * {@link #MAX_FAILURES_IN_ROW} such failures in a row, or one failure to start, the slot gives up.
 */
final class WorkerDriver implements Runnable {
    static final int MAX_FAILURES_IN_ROW = 3;
    /** Tasks sent ahead near the end of the queue: one running, one waiting in the worker's stdin. */
    static final int IN_FLIGHT = 2;
    /**
     * Tasks sent ahead while many are left. With only two, a worker ran dry whenever this thread woke late
     * to a result (on a busy 2-core machine, cpu-regex 1000×1000: 30-180 ms per worker spent waiting for its
     * next task, 20-40 ms with eight). Near the end it drops back to {@link #IN_FLIGHT}, so no worker is
     * left with a backlog while another idles.
     */
    static final int IN_FLIGHT_AHEAD = 8;

    private final int slot;
    private final WorkerPool pool;
    private final BlockingQueue<LabTask> queue;
    private final TraceRecorder trace;
    private final CancelToken cancel;
    private final ProcessTimeouts timeouts;
    private volatile String gaveUp;

    private final Deque<Sent> sent = new ArrayDeque<>();
    private Lane lane;
    /** The worker's wait under way on the lane, or null while it runs a CPU step. */
    private LaneWait wait;
    private long laneCpu;
    private long cursor;
    private int failuresInRow;

    /** A task sent to the worker, and when (trace clock). */
    private record Sent(LabTask task, long at) {
    }

    private int resultTask = -1;
    private long resultEncoded;
    private long resultReceived;

    WorkerDriver(int slot, WorkerPool pool, BlockingQueue<LabTask> queue, TraceRecorder trace, CancelToken cancel,
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
                if (queue.isEmpty()) {
                    return;
                }
                try {
                    runTasks(w);
                } catch (WorkerFailure f) {
                    long t = trace.now();
                    lane.close(t);
                    wait = null;
                    Sent on = sent.pollFirst();
                    if (cancel.isCancelled()) {
                        trace.cancelled(on.task().id(), t);
                    } else {
                        trace.failed(on.task().id(), t, f.getMessage());
                    }
                    for (Sent next; (next = sent.pollLast()) != null; ) {
                        queue.add(next.task()); // sent but not begun: another worker can run it
                    }
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

    /**
     * Runs tasks on the worker until the queue is empty, keeping tasks sent ahead so the next
     * one already waits in the worker's stdin when it finishes one (as multiprocessing.Pool's task queue
     * does). A failure fails the task the worker was on and puts the ones sent after it back in the queue.
     */
    private void runTasks(WorkerProcess w) throws WorkerFailure {
        String silent = "sent nothing for " + WorkerProcess.seconds(timeouts.silence()) + " while running a task";
        try {
            topUp(w, silent);
            while (!sent.isEmpty()) {
                Frames.In f = w.read(false);
                w.expectWithin(timeouts.silence(), silent);
                try {
                    if (handle(w, f, sent.peekFirst())) {
                        sent.removeFirst();
                        topUp(w, silent);
                    }
                } catch (ProtocolException | BufferUnderflowException e) {
                    throw w.garbage(e, false);
                }
            }
            w.idle();
        } finally {
            flushResultIpc(Long.MAX_VALUE);
        }
    }

    private void topUp(WorkerProcess w, String silent) throws WorkerFailure {
        int depth = queue.size() >= IN_FLIGHT_AHEAD * pool.size() ? IN_FLIGHT_AHEAD : IN_FLIGHT;
        while (sent.size() < depth) {
            LabTask task = queue.poll();
            if (task == null) {
                return;
            }
            long now = trace.now();
            trace.started(task.id(), now);
            sent.addLast(new Sent(task, now));
            w.expectWithin(timeouts.silence(), silent);
            w.send(TaskCodec.encodeTask(task), false);
        }
    }

    /** Records one frame from the worker about the task it is on; true once that task has ended. */
    private boolean handle(WorkerProcess w, Frames.In f, Sent on) {
        var p = f.payload();
        int id = on.task().id();
        switch (f.type()) {
            case Frames.HEARTBEAT -> f.end();
            case Frames.BEGIN -> {
                requireTask(p.getInt(), id);
                long waiting = worker(w, p.getLong());
                flushResultIpc(waiting);
                // the worker may have been waiting before the task was sent: that was idle time, not IPC
                lane.segment(State.IPC, id, at(Math.max(waiting, on.at())), at(worker(w, p.getLong())));
                f.end();
            }
            case Frames.STEP -> {
                boolean cpu = p.get() == 0;
                long t = at(worker(w, p.getLong()));
                f.end();
                if (cpu) {
                    lane.open(State.RUNNING, id, t);
                } else {
                    wait = new LaneWait(lane, id, t);
                }
            }
            case Frames.STEP_END -> {
                long causeEnd = p.getLong();
                long t = at(worker(w, p.getLong()));
                f.end();
                if (wait == null) {
                    lane.close(t);
                } else {
                    if (causeEnd != Frames.NO_CAUSE_END) {
                        wait.causeEnded(worker(w, causeEnd));
                    }
                    wait.end(t);
                    wait = null;
                }
            }
            case Frames.RESULT, Frames.FAILED -> {
                requireTask(p.getInt(), id);
                long encoded = at(worker(w, p.getLong()));
                laneCpu += Math.max(0, p.getLong());
                Object result = f.type() == Frames.RESULT ? TaskCodec.readResult(f) : f.string();
                f.end();
                long done = trace.now();
                failuresInRow = 0; // this worker works
                resultTask = id;
                resultEncoded = encoded;
                resultReceived = done;
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

    /**
     * Records the IPC of the last result: from the worker encoding it until the app had decoded it, or
     * until the worker began reading its next task, whichever came first (the worker's lane never overlaps).
     */
    private void flushResultIpc(long workerNext) {
        if (resultTask >= 0) {
            lane.segment(State.IPC, resultTask, resultEncoded, at(Math.min(resultReceived, workerNext)));
            resultTask = -1;
        }
    }

    private static void requireTask(int got, int expected) {
        if (got != expected) {
            throw new ProtocolException("answered for task " + got + " while running task " + expected);
        }
    }

    /**
     * A worker's time stamp on this run's trace clock; never later than now, when the app hears of it
     * (the offset is only known to within half a round trip).
     */
    private long worker(WorkerProcess w, long workerNanos) {
        return Math.min(w.toParent(workerNanos) - trace.origin(), trace.now());
    }

    /** Keeps the lane's segments in order: a clock offset is only known to within half a round trip. */
    private long at(long t) {
        cursor = Math.max(cursor, t);
        return cursor;
    }
}
