package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ArraySegments;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures a recording of a 100,000-segment comparison: its size on disk and how long it takes to save and to
 * open. The traces are made up (3 runs × 8 lanes, 1,000 tasks) with times spread like a real GIL run's, so gzip
 * gets no easier data than it would from a real one.
 */
final class RecordingCost {
    static final int SEGMENTS = 100_000;

    /** Size in bytes; save, first open (wall and CPU: the CPU time shows through a busy machine), best open in ms. */
    record Cost(long bytes, double saveMs, double firstOpenMs, double firstOpenCpuMs, double bestOpenMs) {
    }

    private RecordingCost() {
    }

    static Cost measure() throws IOException {
        RecordedRun run = synthetic(3, SEGMENTS);
        Path file = Files.createTempFile("bench", RecordedRuns.EXTENSION);
        try {
            long t0 = System.nanoTime();
            RecordedRuns.write(file, run);
            double save = (System.nanoTime() - t0) / 1e6;
            double first = 0;
            double firstCpu = 0;
            double best = Double.MAX_VALUE;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                RecordedRuns.read(file);
                double ms = (System.nanoTime() - t) / 1e6;
                if (i == 0) {
                    first = ms;
                    firstCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                }
                best = Math.min(best, ms);
            }
            return new Cost(Files.size(file), save, first, firstCpu, best);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static RecordedRun synthetic(int runs, int segments) {
        Random r = new Random(1);
        int tasks = 1000;
        int lanes = 8;
        List<RunOutput> outputs = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            List<LaneSnapshot> ls = new ArrayList<>();
            long end = 0;
            for (int l = 0; l < lanes; l++) {
                ArraySegments.Builder b = ArraySegments.builder(segments / runs / lanes);
                long t = 0;
                for (int i = 0; i < segments / runs / lanes; i++) {
                    long d = 20_000 + r.nextInt(5_000_000);
                    b.add(State.of(r.nextInt(3)), r.nextInt(tasks), t, t + d);
                    t += d + r.nextInt(30_000);
                }
                end = Math.max(end, t);
                ls.add(LaneSnapshot.of(l, "gil-thread-" + l, LaneKind.THREAD, b.build(), end / 2));
            }
            TaskTable tt = TaskTable.empty(tasks);
            for (int i = 0; i < tasks; i++) {
                tt.submitted()[i] = r.nextInt(100_000);
                tt.started()[i] = tt.submitted()[i] + r.nextLong(end / 2);
                tt.ended()[i] = tt.started()[i] + r.nextLong(end / 2);
                tt.status()[i] = TaskStatus.FINISHED;
            }
            RunResult res = new RunResult(ModelKind.GIL, WorkloadKind.CPU_HASH, lanes, 0, tasks, end / 1e6,
                    end / 1e6, 0.5, 10, end / 2e6, 0.5, 0, Map.of(), lanes, segments / runs, 1, 2, 3, 4, 5, 6, null,
                    2, null, null, false, null, null, null, null, null, null, null, null);
            outputs.add(new RunOutput(res, new TraceSnapshot(end, ls, tt, true)));
        }
        return RecordedRun.now(ExperimentFile.of(ExperimentConfig.defaults()), outputs);
    }
}
