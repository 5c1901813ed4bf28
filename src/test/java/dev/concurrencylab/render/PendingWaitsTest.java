package dev.concurrencylab.render;

import static dev.concurrencylab.render.TraceFixture.seg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An event loop's overlapping waits become rows in the thread view, and its idle time names what it waits for. */
class PendingWaitsTest {
    /** One loop thread, idle while tasks 0–2 wait (0 and 1 together, then 2 alone), recorded as they end. */
    private static TraceSnapshot loop() {
        return new TraceFixture(3)
                .thread("eventloop", seg(State.RUNNING, 0, 0, 10), seg(State.RUNNING, 1, 10, 20),
                        seg(State.IO_WAIT, -1, 20, 100), seg(State.RUNNING, 2, 100, 110),
                        seg(State.IO_WAIT, -1, 110, 200))
                .lane("pending I/O", LaneKind.DETACHED, seg(State.IO_WAIT, 1, 20, 90), seg(State.IO_WAIT, 0, 10, 100),
                        seg(State.IO_WAIT, 2, 110, 200))
                .build();
    }

    @Test
    void overlappingWaitsTakeAsManyRowsAsWereInFlightAtOnce() {
        TraceSnapshot t = loop();
        List<Segments> rows = PendingWaits.pack(t.lanes().get(1));
        assertThat(rows).hasSize(2);
        assertThat(PendingWaits.depth(t.lanes().get(1))).isEqualTo(2);
        for (Segments row : rows) {
            for (int i = 1; i < row.size(); i++) {
                assertThat(row.start(i)).as("in order, no overlap").isGreaterThanOrEqualTo(row.end(i - 1));
            }
        }
        LaneSet lanes = LaneSet.of(t, LaneMode.THREADS);
        assertThat(lanes.size()).isEqualTo(3).isEqualTo(LaneSet.count(t, LaneMode.THREADS));
        assertThat(lanes.name(1)).isEqualTo("pending I/O 1");
        assertThat(lanes.name(2)).isEqualTo("pending I/O 2");
    }

    @Test
    void theIdleLoopsTooltipNamesTheTasksItWaitsFor() {
        LaneSet lanes = LaneSet.of(loop(), LaneMode.THREADS);
        LaneLayout layout = LaneLayout.of(lanes.size(), 60, 1);
        TimeWindow w = new TimeWindow(0, 200);
        SegmentHit idle = SegmentHit.at(lanes, layout, w, 200, 50, 2, -1);
        assertThat(idle.task()).isEqualTo(-1);
        assertThat(idle.pending()).containsExactly(0, 1);
        assertThat(idle.describe(WaitCauses.UNKNOWN)).startsWith("waiting for 2 tasks' I/O: 0, 1 · I/O wait");
        SegmentHit later = SegmentHit.at(lanes, layout, w, 200, 150, 2, -1);
        assertThat(later.describe(WaitCauses.UNKNOWN)).startsWith("waiting for 1 task's I/O: 2");
        SegmentHit wait = SegmentHit.at(lanes, layout, w, 200, 50, layout.rowTop(1) + 2, -1);
        assertThat(wait.describe(WaitCauses.UNKNOWN)).startsWith("task ").contains("I/O wait", "pending I/O 1");
    }
}
