package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ArraySegments;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.render.SyntheticTrace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What computing the findings of a 1,000,000-segment run costs: made-up traces of three shapes (64 threads under a
 * GIL, an event loop with its pending waits, 10,000 short-lived threads), each timed on its first computation in
 * this JVM and at its best of five (wall and the thread's CPU).
 */
final class FindingsCost {
    static final int SEGMENTS = 1_000_000;
    private static final long END = 10_000_000_000L;

    /** One shape's cost in milliseconds. */
    record Cost(String shape, int findings, double firstMs, double bestMs, double bestCpuMs) {
    }

    private FindingsCost() {
    }

    static List<Cost> measure() {
        List<Cost> out = new ArrayList<>();
        out.add(time("64 threads under a GIL", run(SyntheticTrace.of(64, SEGMENTS, 10_000, END, 7), 64)));
        out.add(time("an event loop", run(eventLoop(), 1)));
        out.add(time("10,000 threads", run(SyntheticTrace.of(10_000, SEGMENTS, 10_000, END, 9), 10_000)));
        return out;
    }

    private static Cost time(String shape, RunOutput run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ModelSettings settings = ModelSettings.defaults();
        double first = 0;
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        int found = 0;
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            found = ComparisonFindings.of(settings, List.of(run)).run(0).size();
            double ms = (System.nanoTime() - t) / 1e6;
            if (i == 0) {
                first = ms;
            } else {
                best = Math.min(best, ms);
                bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
        }
        return new Cost(shape, found, first, best, bestCpu);
    }

    private static RunOutput run(TraceSnapshot trace, int workers) {
        int tasks = trace.tasks().size();
        RunResult r = new RunResult(workers == 1 ? ModelKind.EVENTLOOP : ModelKind.GIL, WorkloadKind.MIXED, workers,
                0, tasks, END / 1e6, END / 2e6, 0.5, tasks / (END / 1e9), END / 2e6, 0.5, 0, Map.of(),
                trace.threadLanes().size(), trace.segmentCount(), 1, 2, 3, 4, 5, 6, null, 2, null, null, false, null,
                null, null, null, null, null, null, null);
        return new RunOutput(r, trace);
    }

    /** One loop lane computing in stretches (some over the threshold) and idling between, and every task's wait. */
    private static TraceSnapshot eventLoop() {
        SplittableRandom random = new SplittableRandom(3);
        int tasks = SEGMENTS / 4;
        ArraySegments.Builder loop = ArraySegments.builder(SEGMENTS / 2);
        ArraySegments.Builder waits = ArraySegments.builder(SEGMENTS / 2);
        TaskTable table = TaskTable.empty(tasks);
        long t = 0;
        long step = END / tasks;
        for (int task = 0; task < tasks; task++) {
            long cpu = 1 + random.nextLong(step / 2) + (task % 5_000 == 0 ? 60_000_000L : 0);
            loop.add(State.RUNNING, task, t, t + cpu);
            loop.add(State.IO_WAIT, -1, t + cpu, t + cpu + step / 4);
            waits.add(State.IO_WAIT, task, t + cpu, t + cpu + 3 * step);
            waits.add(State.IO_WAIT, task, t + cpu + 3 * step, t + cpu + 3 * step + 1);
            table.submitted()[task] = 0;
            table.started()[task] = t;
            table.ended()[task] = t + cpu + 3 * step + 1;
            table.status()[task] = TaskStatus.FINISHED;
            t += cpu + step / 4;
        }
        List<LaneSnapshot> lanes = List.of(LaneSnapshot.of(0, "eventloop", LaneKind.THREAD, loop.build(), -1),
                LaneSnapshot.of(1, "pending I/O", LaneKind.DETACHED, waits.build(), -1));
        return new TraceSnapshot(t + 4 * step, lanes, table, true);
    }
}
