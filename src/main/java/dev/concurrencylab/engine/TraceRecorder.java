package dev.concurrencylab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records one run from one monotonic clock: lanes of segments plus each task's lifecycle.
 *
 * <p>Hot paths take no lock: each lane has a single writer, and task events go to atomic arrays with
 * release writes. Registering a lane locks briefly; it happens once per thread.
 */
public final class TraceRecorder {
    private final long origin;
    private final int tasks;
    private final List<Lane> lanes = new ArrayList<>();
    private final AtomicLongArray submitted;
    private final AtomicLongArray started;
    private final AtomicLongArray ended;
    private final AtomicReferenceArray<String> failure;
    private final AtomicReferenceArray<Object> results;
    private volatile long completedAt = -1;
    private final LongAdder helperCpu = new LongAdder();

    public TraceRecorder(int tasks) {
        this(tasks, System.nanoTime());
    }

    public TraceRecorder(int tasks, long originNanoTime) {
        this.origin = originNanoTime;
        this.tasks = tasks;
        submitted = filled(tasks);
        started = filled(tasks);
        ended = filled(tasks);
        failure = new AtomicReferenceArray<>(tasks);
        results = new AtomicReferenceArray<>(tasks);
    }

    private static AtomicLongArray filled(int n) {
        AtomicLongArray a = new AtomicLongArray(n);
        for (int i = 0; i < n; i++) {
            a.setPlain(i, -1);
        }
        return a;
    }

    /** Nanoseconds since this recorder's origin. */
    public long now() {
        return System.nanoTime() - origin;
    }

    public long origin() {
        return origin;
    }

    public int taskCount() {
        return tasks;
    }

    public Lane newLane(String name, LaneKind kind) {
        synchronized (lanes) {
            Lane lane = new Lane(lanes.size(), name, kind);
            lanes.add(lane);
            return lane;
        }
    }

    public void submitted(int task, long t) {
        submitted.setRelease(task, t);
    }

    public void started(int task, long t) {
        started.setRelease(task, t);
    }

    public void finished(int task, long t, Object result) {
        results.setRelease(task, result);
        ended.setRelease(task, t);
    }

    public void failed(int task, long t, String reason) {
        failure.setRelease(task, reason == null ? "failed" : reason);
        ended.setRelease(task, t);
    }

    /** The run was stopped while the task ran: it ends here, "not run" rather than failed. */
    public void cancelled(int task, long t) {
        failed(task, t, TaskTable.CANCELLED);
    }

    public Object result(int task) {
        return results.getAcquire(task);
    }

    /**
     * Adds CPU time used by one of the run's own threads that draws no lane (e.g. one that drives a worker
     * process), so it is not taken for the app's other threads' use.
     */
    public void addHelperCpu(long nanos) {
        if (nanos > 0) {
            helperCpu.add(nanos);
        }
    }

    /** CPU time of the run's own threads that draw no lane. */
    public long helperCpuNanos() {
        return helperCpu.sum();
    }

    /** Marks the run as over; snapshots from now on are complete. */
    public void complete() {
        completedAt = now();
    }

    public boolean isComplete() {
        return completedAt >= 0;
    }

    public TraceSnapshot snapshot() {
        long done = completedAt;
        long now = done >= 0 ? done : now();
        List<LaneSnapshot> laneSnaps;
        synchronized (lanes) {
            laneSnaps = new ArrayList<>(lanes.size());
            for (Lane l : lanes) {
                laneSnaps.add(l.snapshot());
            }
        }
        return new TraceSnapshot(now, laneSnaps, tasks(), done >= 0);
    }

    private TaskTable tasks() {
        long[] sub = new long[tasks];
        long[] sta = new long[tasks];
        long[] end = new long[tasks];
        TaskStatus[] status = new TaskStatus[tasks];
        String[] why = new String[tasks];
        for (int i = 0; i < tasks; i++) {
            end[i] = ended.getAcquire(i);
            sta[i] = started.getAcquire(i);
            sub[i] = submitted.getAcquire(i);
            if (end[i] >= 0) {
                why[i] = failure.getAcquire(i);
                status[i] = why[i] == null ? TaskStatus.FINISHED : TaskStatus.FAILED;
            } else {
                status[i] = sta[i] >= 0 ? TaskStatus.STARTED : TaskStatus.PENDING;
            }
        }
        return new TaskTable(sub, sta, end, status, why);
    }
}
