package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ArraySegments;
import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Runs and traces for the store's tests: small real comparisons, and large made-up ones of a chosen size. */
final class Recordings {
    private static List<RunOutput> real;

    private Recordings() {
    }

    static ExperimentFile smallExperiment() {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.MIXED).withTasks(24).withLatencyMs(4).withCpuShare(0.3);
        return new ExperimentFile("small", "a quick mixed run", ExperimentConfig.of(w,
                List.of(ModelKind.SEQUENTIAL, ModelKind.EVENTLOOP, ModelKind.GIL),
                ModelSettings.defaults().withWorkers(3).withWarmup(false)), Map.of(ModelEntry.of(ModelKind.SEQUENTIAL), 0.1));
    }

    /** A real comparison: thread lanes, detached waits on the event loop, GIL waits. */
    static synchronized List<RunOutput> realRuns() throws InterruptedException {
        if (real == null) {
            real = Comparison.execute(smallExperiment().config(), new CancelToken(), RunListener.NONE);
        }
        return real;
    }

    /** Made-up runs with about {@code segments} segments in all, with realistic, not very compressible times. */
    static RecordedRun synthetic(int runs, int segments, long seed) {
        Random r = new Random(seed);
        int tasks = 1000;
        List<RunOutput> outputs = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            int lanes = 8;
            List<LaneSnapshot> ls = new ArrayList<>();
            long end = 0;
            for (int l = 0; l < lanes; l++) {
                ArraySegments.Builder b = ArraySegments.builder(16);
                long t = r.nextInt(50_000);
                for (int i = 0; i < segments / runs / lanes; i++) {
                    long d = 1_000 + r.nextInt(3_000_000);
                    b.add(State.of(r.nextInt(3)), r.nextInt(tasks), t, t + d);
                    t += d + r.nextInt(20_000);
                }
                end = Math.max(end, t);
                ls.add(LaneSnapshot.of(l, "pool-" + l, l == 7 ? LaneKind.DETACHED : LaneKind.THREAD, b.build(),
                        r.nextInt(1 << 30)));
            }
            TaskTable tt = TaskTable.empty(tasks);
            for (int i = 0; i < tasks; i++) {
                tt.submitted()[i] = 0;
                tt.started()[i] = r.nextLong(end / 2);
                tt.ended()[i] = tt.started()[i] + r.nextLong(end / 2);
                tt.status()[i] = i % 97 == 0 ? TaskStatus.FAILED : TaskStatus.FINISHED;
                tt.failure()[i] = i % 97 == 0 ? "connection refused" : null;
            }
            RunResult res = new RunResult(ModelKind.values()[k % 7], WorkloadKind.SLEEP, 8, 0, tasks, end / 1e6, 12.5,
                    0.4, 100, end / 2e6, 0.5, 11, Map.of("connection refused", 11), lanes, segments / runs, 1, 2, 3,
                    4, 5, 6, null, 2, null, null, false, null, null, null, null, null, null, null, null);
            outputs.add(new RunOutput(res, new TraceSnapshot(end, ls, tt, true)));
        }
        return new RecordedRun(ExperimentFile.of(ExperimentConfig.defaults()), outputs, Instant.parse(
                "2026-11-25T10:00:00Z"), "test");
    }

    /**
     * A small made-up run with the wait's parts: on a thread lane task 0 waits for a pooled connection, for the
     * server, then to run again; on a detached lane task 1's wait ends READY.
     */
    static RunOutput withWaitParts() {
        ArraySegments thread = ArraySegments.builder(3)
                .add(State.CONN_WAIT, 0, 0, 400_000_000).add(State.IO_WAIT, 0, 400_000_000, 500_000_000)
                .add(State.READY, 0, 500_000_000, 520_000_000).build();
        ArraySegments pending = ArraySegments.builder(2)
                .add(State.IO_WAIT, 1, 0, 100_000_000).add(State.READY, 1, 100_000_000, 130_000_000).build();
        TaskTable tt = TaskTable.empty(2);
        for (int i = 0; i < 2; i++) {
            tt.submitted()[i] = 0;
            tt.started()[i] = 0;
            tt.ended()[i] = 520_000_000;
            tt.status()[i] = TaskStatus.FINISHED;
        }
        RunResult res = new RunResult(ModelKind.POOL, WorkloadKind.HTTP, 2, 0, 2, 520, 1, 0.01, 4, 100, 0.2, 0,
                Map.of(), 1, 5, 520, 520, 520, 520, 520, 520, null, 2, null, null, false, 50.0, null, null, null, null, null, null, null);
        return new RunOutput(res, new TraceSnapshot(520_000_000, List.of(
                LaneSnapshot.of(0, "pool-1", LaneKind.THREAD, thread, 1_000_000),
                LaneSnapshot.of(1, "pending I/O", LaneKind.DETACHED, pending, -1)), tt, true));
    }

    static void assertSameRuns(List<RunOutput> actual, List<RunOutput> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            RunOutput a = actual.get(k);
            RunOutput e = expected.get(k);
            assertThat(a.result()).isEqualTo(e.result());
            TraceSnapshot at = a.trace();
            TraceSnapshot et = e.trace();
            assertThat(at.nowNanos()).isEqualTo(et.nowNanos());
            assertThat(at.complete()).isEqualTo(et.complete());
            assertThat(at.tasks().submitted()).isEqualTo(et.tasks().submitted());
            assertThat(at.tasks().started()).isEqualTo(et.tasks().started());
            assertThat(at.tasks().ended()).isEqualTo(et.tasks().ended());
            assertThat(at.tasks().status()).isEqualTo(et.tasks().status());
            assertThat(at.tasks().failure()).isEqualTo(et.tasks().failure());
            assertThat(at.lanes()).hasSameSizeAs(et.lanes());
            for (int l = 0; l < et.lanes().size(); l++) {
                LaneSnapshot al = at.lanes().get(l);
                LaneSnapshot el = et.lanes().get(l);
                assertThat(List.of(al.id(), al.name(), al.kind(), al.cpuNanos(), String.valueOf(al.openState()),
                        al.openStart(), al.openTask(), al.inferred())).isEqualTo(List.of(el.id(), el.name(), el.kind(),
                        el.cpuNanos(), String.valueOf(el.openState()), el.openStart(), el.openTask(), el.inferred()));
                assertSameSegments(al.segments(), el.segments());
            }
        }
    }

    private static void assertSameSegments(Segments a, Segments e) {
        assertThat(a.size()).isEqualTo(e.size());
        assertThat(columns(a)).isEqualTo(columns(e));
    }

    /** One string per column, so a mismatch is one readable failure instead of 400,000 assertions. */
    private static List<String> columns(Segments s) {
        long[][] c = new long[4][s.size()];
        for (int i = 0; i < s.size(); i++) {
            c[0][i] = s.state(i).ordinal();
            c[1][i] = s.task(i);
            c[2][i] = s.start(i);
            c[3][i] = s.end(i);
        }
        return java.util.Arrays.stream(c).map(java.util.Arrays::toString).toList();
    }
}
