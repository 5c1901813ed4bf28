package dev.concurrencylab.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.Lane;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceRecorder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checkpoints of (wall, thread CPU, process CPU) into segments: where the GIL wait is read, and where not. */
class LaneWriterTest {
    private static final long MS = 1_000_000;
    // the trace's clock runs from 0; driver times here are trace times
    private final TraceRecorder trace = new TraceRecorder(4, System.nanoTime() - 1_000 * MS);

    private Lane lane(LaneKind kind) {
        return trace.newLane("t", kind);
    }

    private LaneWriter writer(Lane lane, boolean gil) {
        return new LaneWriter(lane, gil, t -> t, new long[] {0, 0, 0});
    }

    @Test
    void aStallWhileAnotherThreadRanIsAnInferredGilWaitAtTheIntervalsEnd() {
        Lane lane = lane(LaneKind.THREAD);
        LaneWriter w = writer(lane, true);
        // 10 ms of wall: this thread ran 4 ms, the process 10 ms: 6 ms waiting while another thread ran
        w.cpu(0, new long[] {1 * MS, 0, 0, 11 * MS, 4 * MS, 10 * MS}, 0);
        // a search of 2 ms alone, then another that waited 1 ms while another thread ran only 0.5 ms
        w.cpu(1, new long[] {11 * MS, 4 * MS, 10 * MS, 13 * MS, 6 * MS, 12 * MS, 16 * MS, 8 * MS, 14_500_000}, 0);
        w.finish(20 * MS);

        LaneSnapshot l = trace.snapshot().lanes().getFirst();
        assertThat(l.inferred(State.GIL_WAIT)).isTrue();
        assertThat(l.cpuNanos()).isEqualTo(8 * MS);
        assertThat(segments(l)).containsExactly(
                "RUNNING 0 1-5", "GIL_WAIT 0 5-11",
                // task 1's two intervals: the second's 0.5 ms GIL wait at its end, the rest (the OS's) RUNNING
                "RUNNING 1 11-15.5", "GIL_WAIT 1 15.5-16");
    }

    @Test
    void withoutTheGilOrWithoutOtherThreadsRunningNothingIsInferred() {
        LaneWriter free = writer(lane(LaneKind.THREAD), false);
        free.cpu(0, new long[] {0, 0, 0, 10 * MS, 4 * MS, 10 * MS}, 0);
        LaneWriter alone = writer(lane(LaneKind.THREAD), true);
        alone.cpu(1, new long[] {0, 0, 0, 10 * MS, 4 * MS, 4 * MS}, 0); // preempted by the OS, not by a thread
        free.finish(20 * MS);
        alone.finish(20 * MS);

        List<LaneSnapshot> lanes = trace.snapshot().lanes();
        assertThat(lanes.get(0).inferred(State.GIL_WAIT)).isFalse();
        assertThat(segments(lanes.get(0))).containsExactly("RUNNING 0 0-10");
        assertThat(segments(lanes.get(1))).containsExactly("RUNNING 1 0-10");
    }

    @Test
    void aGapBeforeTheTaskWasQueuedIsNotReadAndAWaitIsReadyFromWhenItFellDue() {
        Lane lane = lane(LaneKind.THREAD);
        LaneWriter w = writer(lane, true);
        w.cpu(0, new long[] {0, 0, 0, 2 * MS, 2 * MS, 2 * MS}, 0);
        // 8 ms between tasks while others ran, but task 1 was only queued at 6 ms: the thread may have idled
        w.ioBegin(1, new long[] {10 * MS, 2 * MS, 10 * MS}, 6 * MS);
        assertThat(trace.snapshot().lanes().getFirst().openState()).isEqualTo(State.IO_WAIT);
        w.ioEnd(1, new long[] {15 * MS, 2 * MS, 10 * MS}, 14 * MS);
        // the same gap with the task queued from the start is a GIL wait of no task
        w.cpu(2, new long[] {23 * MS, 2 * MS, 18 * MS, 24 * MS, 3 * MS, 19 * MS}, 0);
        w.finish(30 * MS);

        assertThat(segments(trace.snapshot().lanes().getFirst())).containsExactly(
                "RUNNING 0 0-2", "IO_WAIT 1 10-14", "READY 1 14-15", "GIL_WAIT -1 15-23", "RUNNING 2 23-24");
    }

    private static List<String> segments(LaneSnapshot l) {
        List<String> out = new ArrayList<>();
        Segments s = l.segments();
        for (int i = 0; i < s.size(); i++) {
            out.add(s.state(i) + " " + s.task(i) + " " + ms(s.start(i)) + "-" + ms(s.end(i)));
        }
        return out;
    }

    private static String ms(long nanos) {
        return nanos % MS == 0 ? Long.toString(nanos / MS) : Double.toString(nanos / (double) MS);
    }
}
