package dev.concurrencylab.engine;

import java.util.concurrent.CancellationException;

/** Runs one task's steps on the calling thread, recording its segments and lifecycle. */
final class TaskExecution {
    private TaskExecution() {
    }

    /**
     * @param gil the emulated GIL CPU steps must hold, or null for free-running threads
     */
    static void run(LabTask task, Lane lane, RunContext ctx, GilLock gil) {
        TraceRecorder tr = ctx.trace();
        int id = task.id();
        tr.started(id, tr.now());
        Object result = null;
        try {
            for (Step step : task.steps()) {
                ctx.cancel().poll();
                result = switch (step) {
                    case Step.Cpu cpu -> gil == null
                            ? runCpu(cpu.work(), lane, id, ctx)
                            : new GilCheckpoint(gil, lane, id, ctx).runHolding(cpu.work());
                    case Step.Io io -> runIo(io.request(), lane, id, ctx);
                };
            }
            tr.finished(id, tr.now(), result);
        } catch (CancellationException e) {
            tr.cancelled(id, tr.now());
            throw e;
        } catch (InterruptedException e) {
            tr.cancelled(id, tr.now());
            throw new CancellationException("run cancelled");
        } catch (Exception e) {
            if (ctx.cancel().isCancelled()) {
                tr.cancelled(id, tr.now());
                throw new CancellationException("run cancelled");
            }
            tr.failed(id, tr.now(), reason(e));
        }
    }

    private static Object runCpu(CpuWork work, Lane lane, int id, RunContext ctx) {
        TraceRecorder tr = ctx.trace();
        lane.open(State.RUNNING, id, tr.now());
        try {
            return work.run(ctx.cancel());
        } finally {
            lane.close(tr.now());
        }
    }

    private static Object runIo(IoRequest request, Lane lane, int id, RunContext ctx) throws Exception {
        TraceRecorder tr = ctx.trace();
        LaneWait wait = new LaneWait(lane, id, tr.now());
        try {
            return ctx.io().call(request, wait.marks(tr.origin()));
        } finally {
            wait.end(tr.now());
        }
    }

    /** Why a task failed: a {@link TaskFailure}'s message as it is, otherwise the exception's class and message. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof TaskFailure && m != null && !m.isBlank()) {
            return m;
        }
        String type = e.getClass().getSimpleName();
        return m == null || m.isBlank() ? type : type + ": " + m;
    }
}
