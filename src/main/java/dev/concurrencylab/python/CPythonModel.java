package dev.concurrencylab.python;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ExecutionModel;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunContext;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.python.DriverProcess.DriverFailure;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The CPython models: the tasks run in the user's own interpreter under the model's program (the driver's
 * cl_models.py), traced per thread and process on the app's time axis. The interpreter starts, and receives the
 * run's tasks, before the run's clock does (as the JVM's warm-up does); it serves the model's warm-up and
 * measured runs, then ends with {@link #close}. A driver that died is started again for the next run.
 */
final class CPythonModel implements ExecutionModel {
    private final ModelKind kind;
    private DriverProcess driver;
    private List<LabTask> loaded;
    private long startupNanos;

    CPythonModel(ModelKind kind) {
        this.kind = kind;
    }

    /** The driver's name for a model. */
    static String driverModel(ModelKind kind) {
        return switch (kind) {
            case CPYTHON_SEQUENTIAL -> "sequential";
            case CPYTHON_THREADS -> "threads";
            case CPYTHON_PROCESSES -> "processes";
            case CPYTHON_ASYNCIO -> "asyncio";
            case CPYTHON_ARTICLE_ASYNCIO -> "article-asyncio";
            default -> throw new IllegalArgumentException(kind + " is not a CPython model");
        };
    }

    /** Starts the interpreter; returns early when the run is stopped meanwhile (the run itself then says so). */
    @Override
    public void prepare(ModelSettings settings, CancelToken cancel) throws InterruptedException {
        try {
            started(settings, cancel);
        } catch (CancellationException e) {
            // stopped while the interpreter started: run() reports it
        }
    }

    private DriverProcess started(ModelSettings settings, CancelToken cancel) throws InterruptedException {
        if (driver == null || !driver.alive()) {
            Interpreter interpreter = Interpreters.find(settings.python(), cancel);
            long t0 = System.nanoTime();
            driver = DriverProcess.start(interpreter, cancel);
            startupNanos = System.nanoTime() - t0;
            loaded = null;
        }
        return driver;
    }

    @Override
    public String preparedNote() {
        return driver == null ? null : String.format(Locale.ROOT, "%s started in %d ms (not timed)", driver.label(),
                Math.round(startupNanos / 1e6));
    }

    /** A fresh pool of processes starts cold by design (as {@code process}'s does): warming one only costs time. */
    @Override
    public boolean benefitsFromWarmup(ModelSettings settings) {
        return kind != ModelKind.CPYTHON_PROCESSES;
    }

    @Override
    public void load(List<LabTask> tasks, CancelToken cancel) {
        if (driver == null) {
            return; // not prepared: the run hands its tasks over itself
        }
        TaskMessages.requireSupported(tasks);
        try {
            driver.load(driverModel(kind), tasks);
            loaded = tasks;
        } catch (DriverFailure f) {
            driver.kill(); // the run starts a new one and fails its tasks with the reason if that fails too
        }
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ctx.cancel().poll();
        TaskMessages.requireSupported(ctx.tasks());
        DriverProcess d = started(ctx.settings(), ctx.cancel());
        boolean load = loaded != ctx.tasks();
        loaded = ctx.tasks(); // what the driver holds once this run began (a run that fails kills the driver)
        new DriverRun(d, ctx).run(driverModel(kind), load);
    }

    @Override
    public RunResult describe(RunResult measured) {
        return driver == null ? measured
                : measured.withPython(driver.label(), driver.gil()).withTracerNote(driver.tracerNote());
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.close();
            driver = null;
        }
    }

    /** The untraced peer: the same program on the same tasks, its wall and CPU time in the driver (bench only). */
    PythonPeers.Peer plain(ModelSettings settings, List<LabTask> tasks, CancelToken cancel) throws InterruptedException {
        DriverProcess d = started(settings, cancel);
        try {
            d.load(driverModel(kind), tasks);
            d.send(DriverRun.command(kind, settings, tasks.size(), false));
            var info = d.expect("done").get(1);
            return new PythonPeers.Peer(info.path("wallNs").asLong() / 1e6, info.path("cpuNs").asLong() / 1e6);
        } catch (DriverFailure f) {
            throw new IllegalStateException("the untraced " + kind + " run failed: " + f.getMessage());
        } finally {
            loaded = null;
        }
    }
}
