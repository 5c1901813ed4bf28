package dev.concurrencylab.engine;

import java.util.concurrent.CancellationException;

/**
 * Runs a CPU step holding the GIL, and is the checkpoint at which the step hands the GIL over when asked.
 * RUNNING begins only after the lock is taken and ends before it is released, so no two lanes are ever
 * RUNNING at once.
 */
final class GilCheckpoint implements Checkpoint {
    private final GilLock gil;
    private final Lane lane;
    private final int task;
    private final RunContext ctx;
    private boolean held;

    GilCheckpoint(GilLock gil, Lane lane, int task, RunContext ctx) {
        this.gil = gil;
        this.lane = lane;
        this.task = task;
        this.ctx = ctx;
    }

    Object runHolding(CpuWork work) throws InterruptedException {
        TraceRecorder tr = ctx.trace();
        if (!gil.tryAcquire()) {
            lane.open(State.GIL_WAIT, task, tr.now());
            try {
                gil.acquire();
            } finally {
                lane.close(tr.now());
            }
        }
        held = true;
        lane.open(State.RUNNING, task, tr.now());
        try {
            return work.run(this);
        } finally {
            lane.close(tr.now());
            if (held) {
                held = false;
                gil.release();
            }
        }
    }

    @Override
    public void poll() {
        ctx.cancel().poll();
        if (gil.dropRequested()) {
            TraceRecorder tr = ctx.trace();
            long t = tr.now();
            lane.close(t);
            lane.open(State.GIL_WAIT, task, t);
            held = false;
            try {
                gil.handOver();
                held = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("run cancelled");
            } finally {
                lane.close(tr.now());
            }
            lane.open(State.RUNNING, task, tr.now());
        }
    }
}
