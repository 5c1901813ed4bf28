package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Invariants every trace must keep, whatever the model. */
public final class TraceChecks {
    private TraceChecks() {
    }

    public static void assertValid(RunOutput out) {
        TraceSnapshot t = out.trace();
        assertThat(t.complete()).isTrue();
        long end = t.nowNanos();
        for (LaneSnapshot lane : t.lanes()) {
            Segments s = lane.segments();
            long previousEnd = Long.MIN_VALUE;
            for (int i = 0; i < s.size(); i++) {
                assertThat(s.start(i)).as("segment inside the run").isBetween(0L, end);
                assertThat(s.end(i)).as("segment inside the run").isBetween(s.start(i), end);
                if (lane.kind() != LaneKind.DETACHED) {
                    assertThat(s.start(i)).as("no overlap in lane %s", lane.name()).isGreaterThanOrEqualTo(previousEnd);
                    previousEnd = s.end(i);
                }
            }
            assertThat(lane.openState()).as("nothing left open").isNull();
        }
        TaskTable tasks = t.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(tasks.status()[i]).as("task %d ended", i).isIn(TaskStatus.FINISHED, TaskStatus.FAILED);
            assertThat(tasks.submitted()[i]).isGreaterThanOrEqualTo(0);
            assertThat(tasks.started()[i]).isGreaterThanOrEqualTo(tasks.submitted()[i]);
            assertThat(tasks.ended()[i]).isGreaterThanOrEqualTo(tasks.started()[i]).isLessThanOrEqualTo(end);
        }
        assertTaskSegmentsWithinItsLife(t);
    }

    /** A task's segments lie between its start and its end: it was started and finished exactly once. */
    private static void assertTaskSegmentsWithinItsLife(TraceSnapshot t) {
        TaskTable tasks = t.tasks();
        for (LaneSnapshot lane : t.lanes()) {
            Segments s = lane.segments();
            for (int i = 0; i < s.size(); i++) {
                int task = s.task(i);
                if (task >= 0) {
                    assertThat(s.start(i)).isGreaterThanOrEqualTo(tasks.started()[task]);
                    assertThat(s.end(i)).isLessThanOrEqualTo(tasks.ended()[task]);
                }
            }
        }
    }

    /** The largest number of thread lanes RUNNING at one instant. */
    public static int maxConcurrentlyRunning(TraceSnapshot t) {
        List<long[]> events = new ArrayList<>();
        for (LaneSnapshot lane : t.threadLanes()) {
            Segments s = lane.segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == State.RUNNING && s.end(i) > s.start(i)) {
                    events.add(new long[] {s.start(i), +1});
                    events.add(new long[] {s.end(i), -1});
                }
            }
        }
        // ends sort before starts at the same instant: touching segments do not overlap
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int now = 0;
        int max = 0;
        for (long[] e : events) {
            now += (int) e[1];
            max = Math.max(max, now);
        }
        return max;
    }

    public static long totalNanos(TraceSnapshot t, State state, LaneKind kind) {
        long sum = 0;
        for (LaneSnapshot lane : t.lanes()) {
            if (lane.kind() == kind) {
                Segments s = lane.segments();
                for (int i = 0; i < s.size(); i++) {
                    if (s.state(i) == state) {
                        sum += s.end(i) - s.start(i);
                    }
                }
            }
        }
        return sum;
    }

    static Thread[] liveThreads() {
        return Thread.getAllStackTraces().keySet().toArray(Thread[]::new);
    }

    /** Names of live threads the engine's models start. */
    static List<String> engineThreads() {
        List<String> out = new ArrayList<>();
        for (Thread th : liveThreads()) {
            String n = th.getName();
            if (th.isAlive() && (n.startsWith("pool-") || n.startsWith("sequential-") || n.startsWith("gil-thread-")
                    || n.startsWith("forkjoin-") || n.equals("eventloop") || n.startsWith("asyncio-executor-"))) {
                out.add(n);
            }
        }
        return out;
    }
}
