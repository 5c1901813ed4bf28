package dev.concurrencylab.engine;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool of platform threads taking tasks from one queue: {@code sequential} (one thread),
 * {@code pool}, {@code article-asyncio} and, with an emulated GIL, {@code gil}.
 */
final class ThreadPoolModel implements ExecutionModel {
    private static final long STOP_WAIT_SECONDS = 5;
    private final String threadPrefix;
    private final boolean withGil;

    ThreadPoolModel(String threadPrefix, boolean withGil) {
        this.threadPrefix = threadPrefix;
        this.withGil = withGil;
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        TraceRecorder tr = ctx.trace();
        ModelSettings s = ctx.settings();
        int threads = s.threadsFor(ctx.model(), ctx.tasks().size());
        GilLock gil = withGil ? new GilLock(s.switchIntervalMs(), s.fairGil()) : null;
        LaneThreadFactory factory = new LaneThreadFactory(tr, threadPrefix);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.prestartAllCoreThreads();
        CountDownLatch done = new CountDownLatch(ctx.tasks().size());
        try (CancelToken.Registration ignored = ctx.cancel().onCancel(pool::shutdownNow)) {
            for (LabTask task : ctx.tasks()) {
                tr.submitted(task.id(), tr.now());
                try {
                    pool.execute(() -> {
                        try {
                            TaskExecution.run(task, factory.lane(), ctx, gil);
                        } catch (CancellationException e) {
                            // expected once the run is stopped; the run reports it, not the worker thread
                        } finally {
                            done.countDown();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    ctx.cancel().poll(); // stopped while submitting: the pool was shut down by the cancel
                    throw e;
                }
            }
            Latches.await(done, ctx.cancel());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            factory.joinAll(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
