package dev.concurrencylab.engine;

import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** One virtual thread per task, all in flight at once unless {@code maxInFlight} caps them. */
final class VirtualThreadModel implements ExecutionModel {
    private static final long STOP_WAIT_MS = 5000;

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        TraceRecorder tr = ctx.trace();
        int cap = ctx.settings().maxInFlight();
        Semaphore permits = cap > 0 ? new Semaphore(cap) : null;
        Queue<Thread> threads = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(ctx.tasks().size());
        long submittedAt = tr.now();
        for (LabTask task : ctx.tasks()) {
            tr.submitted(task.id(), submittedAt);
        }
        try (CancelToken.Registration ignored = ctx.cancel().onCancel(() -> threads.forEach(Thread::interrupt))) {
            for (LabTask task : ctx.tasks()) {
                if (permits != null) {
                    while (!permits.tryAcquire(20, TimeUnit.MILLISECONDS)) {
                        ctx.cancel().poll();
                    }
                }
                ctx.cancel().poll();
                String name = "virtual-" + (task.id() + 1);
                Thread t = Thread.ofVirtual().name(name).unstarted(() -> {
                    try {
                        TaskExecution.run(task, tr.newLane(name, LaneKind.THREAD), ctx, null);
                    } catch (CancellationException e) {
                        // expected once the run is stopped; the run reports it, not the virtual thread
                    } finally {
                        if (permits != null) {
                            permits.release();
                        }
                        done.countDown();
                    }
                });
                threads.add(t);
                t.start();
            }
            Latches.await(done, ctx.cancel());
        } finally {
            if (ctx.cancel().isCancelled()) {
                threads.forEach(Thread::interrupt);
            }
            long deadline = System.currentTimeMillis() + STOP_WAIT_MS;
            for (Thread t : threads) {
                t.join(Math.max(1, deadline - System.currentTimeMillis()));
            }
        }
    }
}
