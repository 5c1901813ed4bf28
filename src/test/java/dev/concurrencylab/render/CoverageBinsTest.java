package dev.concurrencylab.render;

import static dev.concurrencylab.render.TraceFixture.seg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The level-of-detail path (painting a finished trace's overview from {@link CoverageBins}) against exact painting
 * of every segment. The one documented difference: column edges snap to the nearest bin edge (at most a quarter
 * pixel at the coarsest level used), so a column near a state change or a near tie may pick another state, and a
 * sub-pixel segment may show one column over.
 */
class CoverageBinsTest {
    private static final long END = 1_000_000_000L;
    private static final int W = 400;
    private static final int H = 200;

    private record Frame(int[] px, double[] running, LaneLayout layout, boolean summarised) {
    }

    private static Frame paint(LaneSet set, TimeWindow window, long replay, boolean summaries) {
        LaneRaster raster = new LaneRaster(Palette.LIGHT, 1);
        raster.useSummaries(summaries);
        int[] px = new int[W * H];
        LaneLayout layout = raster.paint(PixelRegion.of(px, W, H), set, window, replay, -1);
        return new Frame(px, raster.runningLanes(), layout, raster.summarised());
    }

    @Test
    void overviewFromTheSummaryMatchesExactPaintingButForSnappedColumnEdges() {
        for (int lanes : new int[] {300, 1_000, 5_000}) {
            for (LaneMode mode : LaneMode.values()) {
                LaneSet set = LaneSet.of(SyntheticTrace.of(lanes, 200_000, 5_000, END, 3), mode);
                Frame lod = paint(set, TimeWindow.fit(END), -1, true);
                Frame exact = paint(set, TimeWindow.fit(END), -1, false);
                String what = lanes + " lanes, " + mode;
                assertThat(lod.summarised()).as(what).isTrue();
                assertThat(exact.summarised()).isFalse();
                int differ = 0;
                LaneLayout layout = lod.layout();
                for (int row = 0; row < layout.rows(); row++) {
                    double[][] quarters = quarterPixelCoverage(set, layout, row);
                    int y = layout.rowTop(row);
                    for (int x = 0; x < W; x++) {
                        int shown = state(lod.px()[y * W + x]);
                        differ += shown != state(exact.px()[y * W + x]) ? 1 : 0;
                        assertThat(possible(quarters, x, shown))
                                .as("%s: row %d column %d shows state %d", what, row, x, shown).isTrue();
                    }
                }
                assertThat(differ).as(what + ": columns that differ").isLessThanOrEqualTo(W * layout.rows() / 10);
                double lodSum = 0;
                double exactSum = 0;
                for (int c = 0; c < W; c++) {
                    assertThat(Math.abs(lod.running()[c] - exact.running()[c]))
                            .as("%s: running lanes at column %d", what, c).isLessThanOrEqualTo(0.5 * lanes + 1e-3);
                    lodSum += lod.running()[c];
                    exactSum += exact.running()[c];
                }
                assertThat(lodSum).as(what + ": running time over the window").isCloseTo(exactSum,
                        org.assertj.core.api.Assertions.withinPercentage(0.5));
            }
        }
    }

    /**
     * Per state, how much of each quarter pixel (from a quarter before the first column) the row's lanes cover,
     * computed directly from the segments.
     */
    private static double[][] quarterPixelCoverage(LaneSet set, LaneLayout layout, int row) {
        double[][] q = new double[State.values().length][4 * W + 2];
        double perNs = 4.0 * W / END;
        for (int lane = layout.firstLane(row); lane < layout.endLane(row); lane++) {
            var segs = set.segments(lane);
            for (int i = 0; i < segs.size(); i++) {
                double a = segs.start(i) * perNs + 1;
                double b = segs.end(i) * perNs + 1;
                double[] cells = q[segs.state(i).ordinal()];
                for (int k = (int) a; k < b && k < cells.length; k++) {
                    cells[k] += Math.min(b, k + 1) - Math.max(a, k);
                }
            }
        }
        return q;
    }

    /**
     * Whether a column could show {@code shown} (-1: nothing) once its edges move by up to a quarter pixel: its
     * span then holds at least the narrowed column (a quarter in from each edge) and at most the widened one, so
     * the pick's widest coverage must reach every state's narrowest, and an idle column must have nothing narrowed.
     */
    private static boolean possible(double[][] q, int x, int shown) {
        for (int t = 0; t < q.length; t++) {
            double narrow = sum(q[t], 4 * x + 2, 4 * x + 4);
            if (shown < 0 ? narrow > 1e-9 : t != shown && sum(q[shown], 4 * x, 4 * x + 6) + 1e-4 < narrow) {
                return false;
            }
        }
        return shown < 0 || sum(q[shown], 4 * x, 4 * x + 6) > 0;
    }

    private static double sum(double[] cells, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) {
            s += cells[k];
        }
        return s;
    }

    /** The state a pixel's colour (fill or hatch stripe) stands for, or -1 for anything else. */
    private static int state(int colour) {
        for (State s : State.values()) {
            if (colour == Palette.LIGHT.colour(s) || colour == Palette.LIGHT.hatchColour(s)) {
                return s.ordinal();
            }
        }
        return -1;
    }

    /** 297 busy lanes, then a row of two idle lanes and one whose only segment is a nanosecond long. */
    private static TraceSnapshot busyTraceWithOneThinSegment() {
        TraceFixture f = new TraceFixture(1);
        long step = END / 200;
        for (int lane = 0; lane < 297; lane++) {
            TraceFixture.Seg[] busy = new TraceFixture.Seg[200];
            for (int i = 0; i < busy.length; i++) {
                busy[i] = seg(i % 2 == 0 ? State.RUNNING : State.IO_WAIT, 0, i * step, i * step + step / 2);
            }
            f.thread("busy " + lane, busy);
        }
        return f.thread("idle 1").thread("idle 2")
                .thread("thin", seg(State.GIL_WAIT, 0, END / 2, END / 2 + 1)).build();
    }

    @Test
    void aSegmentFarThinnerThanABinStillShows() {
        LaneSet set = LaneSet.of(busyTraceWithOneThinSegment(), LaneMode.THREADS);
        Frame lod = paint(set, TimeWindow.fit(END), -1, true);
        assertThat(lod.summarised()).isTrue();
        assertThat(lod.layout().lanesPerRow()).isEqualTo(3);
        int y = lod.layout().rowTop(lod.layout().rows() - 1);
        int shown = 0;
        for (int x = 0; x < W; x++) {
            int c = lod.px()[y * W + x];
            if (c == Palette.LIGHT.colour(State.GIL_WAIT) || c == Palette.LIGHT.hatchColour(State.GIL_WAIT)) {
                shown++;
                assertThat(x).isBetween(W / 2 - 1, W / 2);
            }
        }
        assertThat(shown).as("columns showing the 1 ns segment").isEqualTo(1);
    }

    @Test
    void replayCutOffHidesLaterSegmentsAndAFullReplayUsesTheSummary() {
        LaneSet set = LaneSet.of(busyTraceWithOneThinSegment(), LaneMode.THREADS);
        Frame half = paint(set, TimeWindow.fit(END), END / 4, true);
        assertThat(half.summarised()).isFalse();
        int y = half.layout().rowTop(0);
        for (int x = W / 4 + 1; x < W; x++) {
            assertThat(half.px()[y * W + x]).as("column %d after the replay time", x).isEqualTo(Palette.LIGHT.lane(0));
        }
        assertThat(state(half.px()[y * W + 48])).as("before the replay time").isEqualTo(State.RUNNING.ordinal());
        assertThat(paint(set, TimeWindow.fit(END), END, true).summarised()).as("replay at the end hides nothing").isTrue();
    }

    @Test
    void aLiveSnapshotIsPaintedSegmentBySegment() {
        TraceSnapshot done = busyTraceWithOneThinSegment();
        TraceSnapshot live = new TraceSnapshot(done.nowNanos(), done.lanes(), done.tasks(), false);
        assertThat(paint(LaneSet.of(live, LaneMode.THREADS), TimeWindow.fit(END), -1, true).summarised()).isFalse();
    }

    @Test
    void lanesWithARowEachKeepTheirExactPicture() {
        LaneSet set = LaneSet.of(SyntheticTrace.of(64, 200_000, 5_000, END, 3), LaneMode.THREADS);
        assertThat(paint(set, TimeWindow.fit(END), -1, true).summarised()).isFalse();
    }

    @Test
    void zoomedInViewsPaintSegmentsThemselves() {
        LaneSet set = LaneSet.of(busyTraceWithOneThinSegment(), LaneMode.THREADS);
        assertThat(paint(set, new TimeWindow(0, END / 8), -1, true).summarised()).isFalse();
    }

    @Test
    void aBackgroundBuiltSummaryLeavesTheFirstFramesExactAndIsUsedOnceReady() {
        LaneSet set = LaneSet.of(SyntheticTrace.of(1_000, 200_000, 5_000, END, 3), LaneMode.THREADS);
        List<Runnable> queued = new ArrayList<>();
        int[] readies = {0};
        LaneRaster raster = new LaneRaster(Palette.LIGHT, 1);
        raster.buildSummariesOn(queued::add, () -> readies[0]++);
        int[] first = new int[W * H];
        raster.paint(PixelRegion.of(first, W, H), set, TimeWindow.fit(END), -1, -1);
        assertThat(raster.summarised()).as("nothing built on the painting thread").isFalse();
        assertThat(first).isEqualTo(paint(set, TimeWindow.fit(END), -1, false).px());
        raster.paint(PixelRegion.of(new int[W * H], W, H), set, TimeWindow.fit(END), -1, -1);
        assertThat(queued).as("one build per grouping, however many frames ask").hasSize(1);

        queued.get(0).run();
        assertThat(readies[0]).isEqualTo(1);
        int[] later = new int[W * H];
        raster.paint(PixelRegion.of(later, W, H), set, TimeWindow.fit(END), -1, -1);
        assertThat(raster.summarised()).isTrue();
        assertThat(later).isEqualTo(paint(set, TimeWindow.fit(END), -1, true).px());
    }
}
