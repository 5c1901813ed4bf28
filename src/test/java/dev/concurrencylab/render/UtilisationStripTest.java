package dev.concurrencylab.render;

import static dev.concurrencylab.render.TraceFixture.seg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceSnapshot;
import org.junit.jupiter.api.Test;

class UtilisationStripTest {
    /** Three threads: two run over [0, 5000), one over [2500, 10000); a detached wait adds nothing. */
    private static TraceSnapshot trace() {
        return new TraceFixture(3)
                .thread("a", seg(State.RUNNING, 0, 0, 5_000))
                .thread("b", seg(State.RUNNING, 1, 0, 5_000), seg(State.IO_WAIT, 1, 5_000, 10_000))
                .thread("c", seg(State.RUNNING, 2, 2_500, 10_000))
                .lane("pending", LaneKind.DETACHED, seg(State.IO_WAIT, 0, 5_000, 10_000))
                .build();
    }

    @Test
    void countsRunningThreadLanesPerColumn() {
        double[] r = new UtilisationStrip(Palette.LIGHT, 1).running(trace(), new TimeWindow(0, 10_000), 4, -1);
        assertThat(r[0]).isCloseTo(2, within(1e-9));
        assertThat(r[1]).isCloseTo(3, within(1e-9));
        assertThat(r[2]).isCloseTo(1, within(1e-9));
        assertThat(r[3]).isCloseTo(1, within(1e-9));
    }

    @Test
    void theRasterSumsTheSameWhilePaintingInBothViews() {
        TimeWindow w = new TimeWindow(0, 10_000);
        double[] direct = new UtilisationStrip(Palette.LIGHT, 1).running(trace(), w, 100, -1).clone();
        for (LaneMode mode : LaneMode.values()) {
            LaneRaster raster = new LaneRaster(Palette.LIGHT, 1);
            raster.paint(PixelRegion.of(new int[100 * 60], 100, 60), LaneSet.of(trace(), mode), w, -1, -1);
            double[] painted = raster.runningLanes();
            for (int c = 0; c < 100; c++) {
                assertThat(painted[c]).as("%s column %d", mode, c).isCloseTo(direct[c], within(1e-4));
            }
        }
    }

    @Test
    void lanesAboveTheCoreCountAreDrawnAsOversubscribed() {
        int[] px = new int[4 * 40];
        PixelRegion region = PixelRegion.of(px, 4, 40);
        UtilisationStrip.Scale scale = new UtilisationStrip(Palette.LIGHT, 1)
                .paint(region, trace(), new TimeWindow(0, 10_000), -1, 2);

        assertThat(scale.maxLanes()).isEqualTo(3);
        assertThat(px[region.index(1, 39)]).isEqualTo(Palette.LIGHT.colour(State.RUNNING));
        int above = px[region.index(1, scale.coreLineY() - 3)];
        assertThat(above).as("the third running lane on two cores, time-sliced")
                .isIn(Palette.LIGHT.timeSliced(), Palette.LIGHT.timeSlicedStripe())
                .isNotIn(Palette.LIGHT.colour(State.GIL_WAIT), Palette.LIGHT.hatchColour(State.GIL_WAIT));
        assertThat(px[region.index(0, scale.coreLineY() - 3)]).isEqualTo(Palette.LIGHT.lane(0));
    }

    @Test
    void aTraceWithNoLanesYetPaintsAnEmptyStrip() {
        LaneRaster raster = new LaneRaster(Palette.LIGHT, 1);
        TraceSnapshot empty = new TraceFixture(0).build();
        int[] px = new int[50 * 60];
        raster.paint(new PixelRegion(px, 50, 0, 0, 50, 30), LaneSet.of(empty, LaneMode.THREADS),
                new TimeWindow(0, 1_000), -1, -1);
        UtilisationStrip.Scale scale = new UtilisationStrip(Palette.LIGHT, 1)
                .paint(new PixelRegion(px, 50, 0, 30, 50, 30), raster, 4);
        assertThat(scale.peak()).isZero();
    }
}
