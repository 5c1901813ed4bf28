package dev.concurrencylab.process;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.CpuClock;
import dev.concurrencylab.engine.ExecutionModel;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunContext;
import dev.concurrencylab.engine.TraceRecorder;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@code process}: a pool of N worker JVMs, like Python's multiprocessing.Pool. Tasks cross to the
 * workers as frames over their stdin and results come back on stdout; starting the workers is part of
 * the run (SPAWN on their lanes) unless the pool is kept warm between runs.
 */
final class ProcessModel implements ExecutionModel {
    private final String workerMain;
    private final ProcessTimeouts timeouts;
    private final WorkerAotCache cache;

    ProcessModel() {
        this(WorkerMain.class.getName(), ProcessTimeouts.DEFAULT, WorkerAotCache.DEFAULT);
    }

    /** A model whose workers run {@code workerMain} (tests pass misbehaving workers). */
    ProcessModel(String workerMain, ProcessTimeouts timeouts) {
        this(workerMain, timeouts, WorkerAotCache.DEFAULT);
    }

    ProcessModel(String workerMain, ProcessTimeouts timeouts, WorkerAotCache cache) {
        this.workerMain = workerMain;
        this.timeouts = timeouts;
        this.cache = cache;
    }

    /**
     * Outside the run's timing: checks or builds the workers' AOT cache (a few seconds, once), and readies
     * the app's side of a run, whose classes and call sites cost a first run ≈ 10 ms before its first
     * worker was even started (the in-process models' code is warmed before their runs too).
     */
    @Override
    public void prepare(ModelSettings settings, CancelToken cancel) throws InterruptedException {
        WorkerCommand.javaBinary();
        List<LabTask> samples = TrainingTasks.samples();
        TaskCodec.requireSupported(samples);
        for (LabTask t : samples) {
            TaskCodec.encodeTask(t);
        }
        for (Class<?> c : List.of(WorkerDriver.class, WorkerProcess.class, WorkerPool.class, WarmPools.class,
                Frames.class, StderrTail.class, ChildProcesses.class, WorkerFailure.class)) {
            try {
                MethodHandles.lookup().ensureInitialized(c);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("a class of this package", e);
            }
        }
        cache.prepare(new WorkerCommand(settings.workerJvmFlagList(), workerMain), cancel);
        // a look-up with an equal command links the record's equals: 6-14 ms the first time, spent here
        cache.apply(new WorkerCommand(settings.workerJvmFlagList(), workerMain));
    }

    /** A fresh worker pool starts cold by design; warming a pool that is then thrown away only costs time. */
    @Override
    public boolean benefitsFromWarmup(ModelSettings settings) {
        return settings.warmWorkers();
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        TaskCodec.requireSupported(ctx.tasks());
        ModelSettings s = ctx.settings();
        TraceRecorder tr = ctx.trace();
        long t0 = tr.now();
        for (LabTask task : ctx.tasks()) {
            tr.submitted(task.id(), t0);
        }
        WorkerCommand command = cache.apply(new WorkerCommand(s.workerJvmFlagList(), workerMain));
        int size = s.threadsFor(ctx.model(), ctx.tasks().size());
        WorkerPool pool = s.warmWorkers() ? WarmPools.acquire(command, size) : new WorkerPool(command, size);
        var queue = new LinkedBlockingQueue<>(ctx.tasks()); // size() in constant time, see WorkerDriver.topUp
        List<WorkerDriver> drivers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try (CancelToken.Registration ignored = ctx.cancel().onCancel(pool::killAll)) {
            for (int i = 0; i < size; i++) {
                WorkerDriver d = new WorkerDriver(i, pool, queue, tr, ctx.cancel(), timeouts);
                drivers.add(d);
                threads.add(Thread.ofPlatform().daemon().name("process-driver-" + (i + 1)).start(() -> {
                    long cpu0 = CpuClock.currentThread();
                    try {
                        d.run();
                    } finally {
                        tr.addHelperCpu(CpuClock.currentThread() - cpu0);
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            pool.killAll();
            throw e;
        } finally {
            if (ctx.cancel().isCancelled()) {
                pool.killAll();
            }
            WarmPools.release(pool);
        }
        ctx.cancel().poll();
        failLeftovers(queue, drivers, tr);
    }

    /** Tasks no worker was left to run fail with the reason the last slot gave up. */
    private static void failLeftovers(Queue<LabTask> queue, List<WorkerDriver> drivers,
                                      TraceRecorder tr) {
        String reason = "no worker left";
        for (WorkerDriver d : drivers) {
            if (d.gaveUp() != null) {
                reason = "no worker left: " + d.gaveUp();
            }
        }
        for (LabTask task; (task = queue.poll()) != null; ) {
            tr.failed(task.id(), tr.now(), reason);
        }
    }
}
