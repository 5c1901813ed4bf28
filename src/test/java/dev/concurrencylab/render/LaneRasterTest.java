package dev.concurrencylab.render;

import static dev.concurrencylab.render.TraceFixture.seg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TraceSnapshot;
import org.junit.jupiter.api.Test;

class LaneRasterTest {
    private static final Palette P = Palette.LIGHT;
    private static final int W = 100;
    private static final int H = 22;

    private final int[] px = new int[W * H];
    private final PixelRegion region = PixelRegion.of(px, W, H);
    private final LaneRaster raster = new LaneRaster(P, 1);

    private LaneLayout paint(TraceSnapshot t, LaneMode mode, TimeWindow w, long replay, int highlight) {
        return raster.paint(region, LaneSet.of(t, mode), w, replay, highlight);
    }

    private int at(int x, int y) {
        return px[y * W + x];
    }

    /** The state colour or its hatch stripe, whichever the pixel is. */
    private boolean shows(int x, int y, State s) {
        int c = at(x, y);
        return c == P.colour(s) || c == P.hatchColour(s);
    }

    @Test
    void runningSegmentPaintsRunningColourAtItsColumns() {
        TraceSnapshot t = new TraceFixture(1).thread("w1", seg(State.RUNNING, 0, 2_000, 5_000)).build();
        LaneLayout layout = paint(t, LaneMode.THREADS, new TimeWindow(0, 10_000), -1, -1);

        assertThat(layout.rows()).isEqualTo(1);
        for (int x = 20; x < 50; x++) {
            assertThat(at(x, 5)).as("column %d", x).isEqualTo(P.colour(State.RUNNING));
        }
        assertThat(at(19, 5)).isEqualTo(P.lane(0));
        assertThat(at(50, 5)).isEqualTo(P.lane(0));
    }

    @Test
    void segmentsOutsideTheWindowAreNotPaintedAndVisibleOnesAreShifted() {
        TraceSnapshot t = new TraceFixture(2).thread("w1",
                seg(State.IO_WAIT, 0, 0, 900), seg(State.RUNNING, 1, 1_500, 1_600)).build();
        paint(t, LaneMode.THREADS, new TimeWindow(1_000, 2_000), -1, -1);

        for (int x = 0; x < W; x++) {
            boolean inside = x >= 50 && x < 60;
            assertThat(shows(x, 5, State.RUNNING)).as("column %d", x).isEqualTo(inside);
            assertThat(shows(x, 5, State.IO_WAIT)).isFalse();
        }
    }

    @Test
    void subPixelSegmentsMergeIntoTheStateThatCoversMostOfEachColumn() {
        // 100 columns of 100 ns; each column holds RUNNING for 70 ns and IO_WAIT for 30 ns.
        TraceFixture f = new TraceFixture(1);
        TraceFixture.Seg[] segs = new TraceFixture.Seg[200];
        for (int c = 0; c < 100; c++) {
            segs[2 * c] = seg(State.RUNNING, 0, c * 100L, c * 100L + 70);
            segs[2 * c + 1] = seg(State.IO_WAIT, 0, c * 100L + 70, c * 100L + 100);
        }
        paint(f.thread("w1", segs).build(), LaneMode.THREADS, new TimeWindow(0, 10_000), -1, -1);

        for (int x = 0; x < W; x++) {
            assertThat(at(x, 5)).as("column %d", x).isEqualTo(P.colour(State.RUNNING));
        }
    }

    @Test
    void aSegmentFarNarrowerThanAPixelStillShowsAsOneColumn() {
        TraceSnapshot t = new TraceFixture(1).thread("w1", seg(State.RUNNING, 0, 5_000_000, 5_000_010)).build();
        paint(t, LaneMode.THREADS, new TimeWindow(0, 10_000_000), -1, -1);

        assertThat(at(50, 5)).isEqualTo(P.colour(State.RUNNING));
        assertThat(at(49, 5)).isEqualTo(P.lane(0));
        assertThat(at(51, 5)).isEqualTo(P.lane(0));
    }

    @Test
    void tasksBackToBackAreSeparatedByAGapWhenWideEnough() {
        // a sequential sleep lane: three tasks of 30 columns each, end to end, then ten of one column each
        TraceFixture f = new TraceFixture(13);
        TraceFixture.Seg[] segs = new TraceFixture.Seg[13];
        for (int k = 0; k < 3; k++) {
            segs[k] = seg(State.RUNNING, k, k * 3_000L, (k + 1) * 3_000L);
        }
        for (int k = 3; k < 13; k++) {
            segs[k] = seg(State.RUNNING, k, 9_000L + (k - 3) * 100L, 9_000L + (k - 2) * 100L);
        }
        paint(f.thread("sequential-1", segs).build(), LaneMode.THREADS, new TimeWindow(0, 10_000), -1, -1);

        assertThat(at(30, 5)).as("gap where task 1 begins").isEqualTo(P.lane(0));
        assertThat(at(60, 5)).as("gap where task 2 begins").isEqualTo(P.lane(0));
        assertThat(at(29, 5)).isEqualTo(P.colour(State.RUNNING));
        assertThat(at(31, 5)).isEqualTo(P.colour(State.RUNNING));
        for (int x = 90; x < 100; x++) {
            assertThat(at(x, 5)).as("tasks one column wide: no gaps, column %d", x).isEqualTo(P.colour(State.RUNNING));
        }
        // the same tasks in the picture's painter, at twice the scale, get a gap two pixels wide
        int[] big = new int[2 * W * 2 * H];
        new LaneRaster(P, 2).paint(PixelRegion.of(big, 2 * W, 2 * H), LaneSet.of(f.build(), LaneMode.THREADS),
                new TimeWindow(0, 10_000), -1, -1);
        assertThat(big[10 * 2 * W + 60]).isEqualTo(P.lane(0));
        assertThat(big[10 * 2 * W + 61]).isEqualTo(P.lane(0));
        assertThat(big[10 * 2 * W + 62]).isEqualTo(P.colour(State.RUNNING));
    }

    @Test
    void waitingStatesAreHatched() {
        TraceSnapshot t = new TraceFixture(1).thread("w1", seg(State.GIL_WAIT, 0, 0, 10_000)).build();
        paint(t, LaneMode.THREADS, new TimeWindow(0, 10_000), -1, -1);

        int fill = 0;
        int stripe = 0;
        for (int x = 0; x < W; x++) {
            fill += at(x, 5) == P.colour(State.GIL_WAIT) ? 1 : 0;
            stripe += at(x, 5) == P.hatchColour(State.GIL_WAIT) ? 1 : 0;
        }
        assertThat(fill + stripe).isEqualTo(W);
        assertThat(stripe).isBetween(W / 5, W / 2);
    }

    @Test
    void replayCutOffHidesWhatHappenedLater() {
        TraceSnapshot t = new TraceFixture(2).thread("w1",
                seg(State.RUNNING, 0, 1_000, 4_000), seg(State.RUNNING, 1, 6_000, 8_000)).build();
        paint(t, LaneMode.THREADS, new TimeWindow(0, 10_000), 3_000, -1);

        assertThat(at(20, 5)).isEqualTo(P.colour(State.RUNNING));
        assertThat(at(35, 5)).isEqualTo(P.lane(0));
        assertThat(at(70, 5)).isEqualTo(P.lane(0));
        assertThat(at(30, 5)).as("the replay line").isEqualTo(P.text());
    }

    @Test
    void taskViewShowsQueuedBeforeTheTaskStartsAndWaitsFromDetachedLanes() {
        TraceSnapshot t = new TraceFixture(2)
                .task(0, 0, 0, 3_000, TaskStatus.FINISHED)
                .task(1, 0, 3_000, 9_000, TaskStatus.FINISHED)
                .thread("loop", seg(State.RUNNING, 0, 0, 3_000), seg(State.RUNNING, 1, 3_000, 5_000))
                .lane("pending I/O", LaneKind.DETACHED, seg(State.IO_WAIT, 1, 5_000, 9_000))
                .build();
        LaneLayout layout = paint(t, LaneMode.TASKS, new TimeWindow(0, 10_000), -1, -1);

        assertThat(layout.rows()).isEqualTo(2);
        int y1 = layout.rowTop(1) + 4;
        assertThat(at(10, y1)).isEqualTo(P.colour(State.QUEUED));
        assertThat(at(40, y1)).isEqualTo(P.colour(State.RUNNING));
        assertThat(shows(70, y1, State.IO_WAIT)).isTrue();
        assertThat(at(95, y1)).isEqualTo(P.lane(1));
    }

    @Test
    void openSegmentsAreDrawnUpToNow() {
        TraceSnapshot t = new TraceFixture(1).openLane("w1", State.RUNNING, 0, 2_000, 6_000).build();
        paint(t, LaneMode.THREADS, new TimeWindow(0, 10_000), -1, -1);

        assertThat(at(30, 5)).isEqualTo(P.colour(State.RUNNING));
        assertThat(at(59, 5)).isEqualTo(P.colour(State.RUNNING));
        assertThat(at(65, 5)).isEqualTo(P.lane(0));
    }

    @Test
    void failedTaskIsOutlinedAndHighlightedTaskStandsOutFromTheFadedRest() {
        TraceSnapshot t = new TraceFixture(2)
                .task(0, 0, 0, 4_000, TaskStatus.FAILED)
                .task(1, 0, 5_000, 9_000, TaskStatus.FINISHED)
                .thread("w1", seg(State.RUNNING, 0, 0, 4_000), seg(State.RUNNING, 1, 5_000, 9_000)).build();
        paint(t, LaneMode.THREADS, new TimeWindow(0, 10_000), -1, 1);

        assertThat(at(10, 0)).as("failed outline, top edge").isEqualTo(P.failed());
        assertThat(at(60, 0)).as("highlight: an outer ring in the text colour").isEqualTo(P.text());
        assertThat(at(60, 1)).as("highlight: an inner ring in the highlight colour").isEqualTo(P.highlight());
        assertThat(at(70, 10)).as("highlighted segment keeps its colour inside").isEqualTo(P.colour(State.RUNNING));
        assertThat(at(20, 10)).as("the other task fades towards the background")
                .isEqualTo(0xFF000000 | Palette.mix(P.colour(State.RUNNING), P.background(), 0.65));
    }

    @Test
    void tenThousandLanesAreGroupedWithANote() {
        TraceFixture f = new TraceFixture(1);
        for (int i = 0; i < 10_000; i++) {
            f.thread("t" + i, seg(State.RUNNING, 0, i, i + 5_000));
        }
        int[] big = new int[W * 400];
        LaneLayout layout = raster.paint(PixelRegion.of(big, W, 400), LaneSet.of(f.build(), LaneMode.THREADS),
                new TimeWindow(0, 10_000), -1, -1);

        assertThat(layout.aggregated()).isTrue();
        assertThat(layout.rows()).isLessThanOrEqualTo(200);
        assertThat(layout.rows() * layout.lanesPerRow()).isGreaterThanOrEqualTo(10_000);
        assertThat(layout.note()).contains("10,000 lanes");
        assertThat(big[5 * W + 20]).isEqualTo(P.colour(State.RUNNING));
        assertThat(big[5 * W + 80]).isNotEqualTo(P.colour(State.RUNNING));
    }

    @Test
    void fourLanesKeepFullHeightRows() {
        assertThat(LaneLayout.of(4, 300, 1).rowHeight()).isEqualTo(LaneLayout.MAX_ROW);
        assertThat(LaneLayout.of(64, 300, 1).rowHeight()).isEqualTo(4);
        assertThat(LaneLayout.of(64, 300, 1).aggregated()).isFalse();
    }

    @Test
    void hitFindsTheSegmentUnderThePoint() {
        TraceSnapshot t = new TraceFixture(2).thread("w1",
                seg(State.RUNNING, 0, 1_000, 4_000), seg(State.IO_WAIT, 1, 6_000, 8_000)).build();
        LaneSet lanes = LaneSet.of(t, LaneMode.THREADS);
        TimeWindow w = new TimeWindow(0, 10_000);
        LaneLayout layout = raster.paint(region, lanes, w, -1, -1);

        SegmentHit hit = SegmentHit.at(lanes, layout, w, W, 70, 5, -1);
        assertThat(hit).isNotNull();
        assertThat(hit.task()).isEqualTo(1);
        assertThat(hit.state()).isEqualTo(State.IO_WAIT);
        assertThat(hit.durationNanos()).isEqualTo(2_000);
        assertThat(SegmentHit.at(lanes, layout, w, W, 50, 5, -1)).isNull();
        assertThat(SegmentHit.at(lanes, layout, w, W, 70, 5, 5_000)).as("hidden by the replay").isNull();
    }

    @Test
    void inferredWaitsGetADottedOutlineAndSayWhatTheyAre() {
        // the same GIL wait twice: observed (the emulated GIL's) above, inferred (CPython's) below
        TraceSnapshot t = new TraceFixture(2)
                .thread("gil-thread-1", seg(State.GIL_WAIT, 0, 2_000, 6_000))
                .inferredThread("ThreadPoolExecutor-0_0", seg(State.GIL_WAIT, 1, 2_000, 6_000)).build();
        LaneSet lanes = LaneSet.of(t, LaneMode.THREADS);
        TimeWindow w = new TimeWindow(0, 10_000);
        LaneLayout layout = raster.paint(region, lanes, w, -1, -1);

        int observedTop = layout.rowTop(0);
        int inferredTop = layout.rowTop(1);
        int dots = 0;
        for (int x = 20; x < 60; x++) {
            assertThat(at(x, observedTop)).isNotEqualTo(P.failed());
            dots += at(x, inferredTop) == P.failed() ? 1 : 0;
        }
        assertThat(dots).as("a dotted line along the top: some pixels, not all").isBetween(8, 20);
        assertThat(shows(40, inferredTop + 4, State.GIL_WAIT)).as("inside, the state's own colour").isTrue();
        SegmentHit inferred = SegmentHit.at(lanes, layout, w, W, 40, inferredTop + 4, -1);
        assertThat(inferred.describe(WaitCauses.NONE)).contains("(" + StateText.INFERRED + ")");
        assertThat(SegmentHit.at(lanes, layout, w, W, 40, observedTop + 4, -1).describe(WaitCauses.NONE))
                .doesNotContain("inferred");
    }
}
