package dev.concurrencylab.engine;

import java.time.Duration;
import java.util.concurrent.CancellationException;

/** Runs one workload under one model: warm-up, the measured run, then its metrics. */
public final class Run {
    private static final long WARMUP_BUDGET_MS = 2000;
    private static final int WARMUP_ROUNDS = 8;

    private Run() {
    }

    /**
     * Runs to the end or until cancelled; a cancelled run still returns its partial trace, marked cancelled.
     *
     * @param index the run's place in its comparison, passed to the listener
     */
    public static RunOutput execute(int index, Workload workload, ModelKind model, ModelSettings settings,
                                    CancelToken cancel, RunListener listener) throws InterruptedException {
        return execute(index, workload, ModelEntry.of(model), settings, cancel, listener);
    }

    /**
     * The same for one model of a comparison: it runs in its own interpreter where its entry names one, and its
     * result says so ({@link RunResult#interpreter()}).
     *
     * @param settings the comparison's settings
     */
    public static RunOutput execute(int index, Workload workload, ModelEntry entry, ModelSettings settings,
                                    CancelToken cancel, RunListener listener) throws InterruptedException {
        ExecutionModel executor = Models.create(entry.kind());
        try {
            return execute(index, workload, entry, entry.settings(settings), cancel, listener, executor);
        } finally {
            executor.close();
        }
    }

    private static RunOutput execute(int index, Workload workload, ModelEntry entry, ModelSettings settings,
                                     CancelToken cancel, RunListener listener, ExecutionModel executor)
            throws InterruptedException {
        ModelKind model = entry.kind();
        int n = workload.tasks().size();
        boolean warm = settings.warmup() && executor.benefitsFromWarmup(settings);
        if (warm || executor.prepares()) {
            listener.warmingUp(index, model); // the first process run builds a cache for seconds: say so
        }
        executor.prepare(settings, cancel);
        String note = executor.preparedNote();
        if (note != null) {
            listener.prepared(index, model, note);
        }
        if (warm && !cancel.isCancelled()) {
            warmUp(executor, workload, model, settings, cancel);
        }
        if (!cancel.isCancelled()) {
            executor.load(workload.tasks(), cancel);
        }
        try (IoSession io = workload.openSession(SessionSpec.of(model, settings, n))) {
            // part of warming up: the JIT finishes compiling what the warm-up made hot before the clock starts
            if (settings.warmup()) {
                QuietStart.await(cancel);
            }
            boolean onCarriers = model == ModelKind.VIRTUAL;
            long carrier0 = onCarriers ? CpuClock.carrierThreads() : 0;
            long ioCpu0 = io.ownCpuNanos();
            TraceRecorder trace = new TraceRecorder(n);
            listener.runStarted(index, model, trace);
            boolean cancelled = false;
            long process0 = ProcessCpu.nanos();
            try {
                executor.run(new RunContext(model, workload.tasks(), trace, io, settings, cancel));
            } catch (CancellationException e) {
                cancelled = true;
            }
            trace.complete();
            long process1 = ProcessCpu.nanos();
            TraceSnapshot snapshot = trace.snapshot();
            long besideLanes = (io.ownCpuNanos() - ioCpu0) + (onCarriers ? CpuClock.carrierThreads() - carrier0 : 0);
            long cpu = laneCpu(snapshot, null) + besideLanes;
            // what the process used meanwhile, less what the run's own threads in it used (a model in Python
            // draws thread lanes too, but their CPU is the interpreter's, not this process's)
            long own = (model.inPython() ? 0 : laneCpu(snapshot, LaneKind.THREAD)) + besideLanes
                    + trace.helperCpuNanos();
            Double otherCpuMs = process0 < 0 || process1 < 0 ? null
                    : Math.round(Math.max(0, process1 - process0 - own) / 1e3) / 1e3;
            RunResult result = executor.describe(RunMetrics.compute(model, settings, workload, snapshot, cpu,
                    matches(workload, trace), cancelled || cancel.isCancelled()).withUiCpuMs(otherCpuMs))
                    .withInterpreter(entry.hasInterpreter() ? entry.interpreter() : null);
            RunOutput output = new RunOutput(result, snapshot);
            listener.runFinished(index, output);
            return output;
        }
    }

    /** CPU time measured on the lanes of {@code kind} (all lanes when null). */
    private static long laneCpu(TraceSnapshot snapshot, LaneKind kind) {
        long sum = 0;
        for (LaneSnapshot l : snapshot.lanes()) {
            if (kind == null || l.kind() == kind) {
                sum += Math.max(0, l.cpuNanos());
            }
        }
        return sum;
    }

    private static Integer matches(Workload workload, TraceRecorder trace) {
        if (workload.config().kind() != WorkloadKind.CPU_REGEX) {
            return null;
        }
        int m = 0;
        for (int i = 0; i < trace.taskCount(); i++) {
            if (trace.result(i) instanceof RegexMatch r && r.found()) {
                m++;
            }
        }
        return m;
    }

    /**
     * Runs the model on a few short tasks of the same kind, untimed, so the JIT has compiled the paths. One
     * round is not enough for code that runs once per task (an HTTP client's request path ran ~3× slower in
     * the first measured run than in the fifth), so rounds repeat, each with a fresh session like the
     * measured run's, while the next one still fits in the budget.
     */
    private static void warmUp(ExecutionModel executor, Workload workload, ModelKind model, ModelSettings settings,
                               CancelToken cancel) throws InterruptedException {
        long deadline = System.nanoTime() + WARMUP_BUDGET_MS * 1_000_000L;
        for (int round = 0; round < WARMUP_ROUNDS && !cancel.isCancelled(); round++) {
            long t0 = System.nanoTime();
            warmUpOnce(executor, workload, model, settings, cancel, deadline);
            long now = System.nanoTime();
            if (now + (now - t0) > deadline) {
                return; // another round of the same length would not fit
            }
        }
    }

    private static void warmUpOnce(ExecutionModel executor, Workload workload, ModelKind model,
                                   ModelSettings settings, CancelToken cancel, long deadline)
            throws InterruptedException {
        CancelToken budget = new CancelToken();
        Thread timer = Thread.ofVirtual().name("warmup-timer").start(() -> {
            try {
                Thread.sleep(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                budget.cancel();
            } catch (InterruptedException ignored) {
                // warm-up ended first
            }
        });
        var tasks = workload.warmupTasks();
        try (CancelToken.Registration link = cancel.onCancel(budget::cancel);
             IoSession io = workload.openSession(SessionSpec.of(model, settings, tasks.size()))) {
            executor.run(new RunContext(model, tasks, new TraceRecorder(tasks.size()), io, settings, budget));
        } catch (CancellationException e) {
            // the warm-up budget ran out, or the whole run was stopped
        } finally {
            timer.interrupt();
        }
    }
}
