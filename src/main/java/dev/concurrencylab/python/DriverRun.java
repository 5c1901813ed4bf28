package dev.concurrencylab.python;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.CpuClock;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.Lane;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunContext;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.python.DriverProcess.DriverFailure;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import tools.jackson.databind.JsonNode;

/**
 * One run in the driver: the run command out, then its events into the trace until it says it is done. Tasks
 * the driver never ended fail with the reason: Stop ("cancelled"), the driver's death (its exit status and the
 * last line of its stderr, e.g. the Python error) or an error it reported.
 */
final class DriverRun {
    private final DriverProcess driver;
    private final RunContext ctx;
    private final TraceRecorder trace;
    private final LabTask[] byId;
    /** When each task was handed to the pool, driver time; MIN_VALUE until then. */
    private final long[] queuedAt;
    private final boolean[] ended;
    private final Map<Integer, LaneWriter> lanes = new HashMap<>();
    private String error;

    DriverRun(DriverProcess driver, RunContext ctx) {
        this.driver = driver;
        this.ctx = ctx;
        this.trace = ctx.trace();
        int n = ctx.tasks().size();
        byId = new LabTask[n];
        for (LabTask t : ctx.tasks()) {
            byId[t.id()] = t;
        }
        queuedAt = new long[n];
        Arrays.fill(queuedAt, Long.MIN_VALUE);
        ended = new boolean[n];
    }

    /**
     * @param model   the driver's name of the model, for a load
     * @param load    true where the run's tasks are not yet in the driver (a warm-up's, or a restarted driver)
     */
    void run(String model, boolean load) throws InterruptedException {
        String failure = null;
        boolean done = false;
        long cpu0 = CpuClock.currentThread();
        try (CancelToken.Registration ignored = ctx.cancel().onCancel(driver::kill)) {
            if (load) {
                driver.load(model, ctx.tasks());
            }
            driver.send(command(ctx.model(), ctx.settings(), byId.length, true));
            for (JsonNode e; !done && (e = driver.next()) != null; ) {
                done = apply(e);
            }
            if (!done) {
                failure = driver.exit();
            }
        } catch (DriverFailure f) {
            driver.kill();
            failure = f.getMessage();
        } catch (RuntimeException e) { // an event with a bad field: the driver is not to be trusted further
            driver.kill();
            failure = "the CPython driver sent an event this app cannot read (" + e + "); stopped";
        }
        long now = trace.now();
        lanes.values().forEach(l -> l.finish(now));
        trace.addHelperCpu(CpuClock.currentThread() - cpu0); // reading the events is the run's, not the window's
        if (ctx.cancel().isCancelled()) {
            failRest(TaskTable.CANCELLED);
            throw new CancellationException("run cancelled");
        }
        String reason = failure != null ? failure : error;
        if (reason != null) {
            failRest(reason);
        }
    }

    /**
     * The run command: workers, the in-flight cap, the interpreter's switch interval, the executor's size for the
     * article's "asyncio" (0: Python's default); untraced for a peer time.
     */
    static String command(ModelKind model, ModelSettings s, int tasks, boolean traced) {
        return String.format(Locale.ROOT, "{\"op\":\"run\",\"workers\":%d,\"maxInFlight\":%d,\"switchInterval\":%s,"
                        + "\"executorThreads\":%d,\"traced\":%b}", s.threadsFor(model, tasks), s.maxInFlight(),
                s.switchIntervalMs() / 1000.0, s.executorThreads(), traced);
    }

    /** Applies one event; true once the driver says the run is done. */
    private boolean apply(JsonNode e) {
        switch (e.get(0).asString()) {
            case "lane" -> {
                String kind = e.get(3).asString();
                Lane lane = trace.newLane(e.get(2).asString(), switch (kind) {
                    case "process" -> LaneKind.PROCESS;
                    case "detached" -> LaneKind.DETACHED;
                    default -> LaneKind.THREAD;
                });
                lanes.put(e.get(1).asInt(), new LaneWriter(lane, driver.gil(), this::at, longs(e.get(5))));
                if (kind.equals("process")) {
                    driver.worker(e.get(4).asLong());
                }
            }
            case "queued" -> {
                int task = task(e.get(1));
                queuedAt[task] = e.get(2).asLong();
                trace.submitted(task, at(queuedAt[task]));
            }
            case "start" -> trace.started(task(e.get(1)), at(e.get(3).asLong()));
            case "cpu" -> lane(e).cpu(task(e.get(2)), longs(e.get(3)), queuedAt[task(e.get(2))]);
            case "io_begin" -> lane(e).ioBegin(task(e.get(2)), longs(e.get(3)), queuedAt[task(e.get(2))]);
            case "io_end" -> lane(e).ioEnd(task(e.get(2)), longs(e.get(3)), e.get(4).isNull() ? -1 : e.get(4).asLong());
            case "wait" -> lane(e).loopWait(longs(e.get(2)));
            case "ck" -> lane(e).checkpoint(longs(e.get(2)));
            case "spawn" -> lane(e).span(State.SPAWN, -1, e.get(2).asLong(), e.get(3).asLong());
            case "ipc" -> lane(e).span(State.IPC, e.get(2).asInt() == -1 ? -1 : task(e.get(2)), e.get(3).asLong(),
                    e.get(4).asLong());
            case "end" -> {
                int task = task(e.get(1));
                ended[task] = true;
                trace.finished(task, at(e.get(2).asLong()), TaskMessages.result(byId[task], e.get(3)));
            }
            case "fail" -> {
                int task = task(e.get(1));
                ended[task] = true;
                if (ctx.cancel().isCancelled()) {
                    trace.cancelled(task, at(e.get(2).asLong())); // cut short by Stop (its pool torn down), not failed
                } else {
                    trace.failed(task, at(e.get(2).asLong()), e.get(3).asString());
                }
            }
            case "error" -> error = e.get(1).asString();
            case "done" -> {
                return true;
            }
            default -> throw new IllegalArgumentException("unknown event " + e.get(0));
        }
        return false;
    }

    private LaneWriter lane(JsonNode e) {
        LaneWriter w = lanes.get(e.get(1).asInt());
        if (w == null) {
            throw new IllegalArgumentException("no lane " + e.get(1));
        }
        return w;
    }

    private int task(JsonNode id) {
        int t = id.asInt(-1);
        if (t < 0 || t >= byId.length || byId[t] == null) {
            throw new IllegalArgumentException("no task " + id);
        }
        return t;
    }

    private static long[] longs(JsonNode a) {
        if (a.size() % 3 != 0 || a.isEmpty()) {
            throw new IllegalArgumentException("a checkpoint list of " + a.size() + " numbers");
        }
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asLong();
        }
        return out;
    }

    /** A driver time stamp on the trace's clock: never before the run began, never later than now. */
    private long at(long driverNanos) {
        return Math.max(0, Math.min(driver.toApp(driverNanos) - trace.origin(), trace.now()));
    }

    private void failRest(String reason) {
        long now = trace.now();
        for (int i = 0; i < ended.length; i++) {
            if (!ended[i] && byId[i] != null) {
                if (TaskTable.CANCELLED.equals(reason)) {
                    trace.cancelled(i, now);
                } else {
                    trace.failed(i, now, reason);
                }
            }
        }
    }
}
