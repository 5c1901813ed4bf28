package dev.concurrencylab.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A work-stealing fork/join pool: the task range is split in halves and idle workers steal halves. */
final class ForkJoinModel implements ExecutionModel {
    private static final long STOP_WAIT_SECONDS = 5;

    /** A worker that owns a lane and records its CPU time when it ends. */
    private static final class LaneWorker extends ForkJoinWorkerThread {
        private final Lane lane;
        private long cpu0;

        /**
         * Numbered and given its lane as it is made, in one step, so lanes keep the workers' order. (The pool
         * index is not known yet while a worker is constructed: naming by it called every worker forkjoin-1.)
         */
        static LaneWorker make(ForkJoinPool pool, TraceRecorder trace, Queue<Thread> made) {
            synchronized (made) {
                LaneWorker w = new LaneWorker(pool, trace.newLane("forkjoin-" + (made.size() + 1), LaneKind.THREAD));
                made.add(w);
                return w;
            }
        }

        private LaneWorker(ForkJoinPool pool, Lane lane) {
            super(pool);
            this.lane = lane;
            setName(lane.name());
            setDaemon(true);
        }

        @Override
        protected void onStart() {
            super.onStart();
            cpu0 = CpuClock.currentThread();
        }

        @Override
        protected void onTermination(Throwable exception) {
            lane.setCpuNanos(CpuClock.currentThread() - cpu0);
            super.onTermination(exception);
        }
    }

    private static final class Range extends RecursiveAction {
        private final RunContext ctx;
        private final int lo;
        private final int hi;

        Range(RunContext ctx, int lo, int hi) {
            this.ctx = ctx;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo == 1) {
                LabTask task = ctx.tasks().get(lo);
                TaskExecution.run(task, ((LaneWorker) Thread.currentThread()).lane, ctx, null);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Range(ctx, lo, mid), new Range(ctx, mid, hi));
        }
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        TraceRecorder tr = ctx.trace();
        int parallelism = ctx.settings().workers();
        Queue<Thread> workers = new ConcurrentLinkedQueue<>();
        ForkJoinPool pool = new ForkJoinPool(parallelism, p -> LaneWorker.make(p, tr, workers), null, false);
        long submittedAt = tr.now();
        for (LabTask task : ctx.tasks()) {
            tr.submitted(task.id(), submittedAt);
        }
        try (CancelToken.Registration ignored = ctx.cancel().onCancel(pool::shutdownNow)) {
            ForkJoinTask<Void> root = pool.submit(new Range(ctx, 0, ctx.tasks().size()));
            while (true) {
                try {
                    root.get(20, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    ctx.cancel().poll();
                } catch (ExecutionException e) {
                    ctx.cancel().poll();
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            // a terminated pool's workers may still be finishing onTermination: wait until they are gone
            for (Thread w : workers) {
                w.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
            }
        }
    }
}
