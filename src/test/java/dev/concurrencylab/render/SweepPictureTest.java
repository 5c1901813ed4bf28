package dev.concurrencylab.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.sweep.SweepFixtures;
import dev.concurrencylab.sweep.SweepPoint;
import dev.concurrencylab.sweep.SweepResult;
import dev.concurrencylab.sweep.SweepSpec;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep chart painted without a display: its size at each scale, its marks, and where its points went. */
class SweepPictureTest {
    private static SweepResult sweep(WorkloadKind kind) {
        SweepSpec spec = SweepSpec.parse("1..8", 3);
        List<SweepPoint> points = new ArrayList<>(SweepFixtures.curve(ModelKind.POOL, spec,
                n -> SweepFixtures.usl(n, 0.05, 0.02)));
        points.addAll(SweepFixtures.curve(ModelKind.GIL, spec, n -> 1));
        return SweepResult.of(SweepFixtures.config(kind, ModelKind.POOL, ModelKind.GIL), spec, points, 2);
    }

    private static SweepPicture picture(SweepResult r, SweepPicture.Options o) {
        return new SweepPicture(r, SweepPicture.title(r.config()), SweepPicture.caption(r.spec(), "100 × cpu-hash", 2),
                o);
    }

    @Test
    void twiceTheScaleIsTwiceTheSizeRepainted() {
        SweepPicture.Options one = SweepPicture.Options.defaults();
        BufferedImage a = picture(sweep(WorkloadKind.CPU_HASH), one).render();
        BufferedImage b = picture(sweep(WorkloadKind.CPU_HASH), one.withScale(2)).render();
        assertThat(a.getWidth()).isEqualTo(1200);
        assertThat(a.getHeight()).isEqualTo(760);
        assertThat(b.getWidth()).isEqualTo(2400);
        assertThat(b.getHeight()).isEqualTo(1520);
    }

    @Test
    void everyPointHasAMarkerInItsModelsColourWhereAClickFindsIt() {
        SweepPicture p = picture(sweep(WorkloadKind.CPU_HASH), SweepPicture.Options.defaults());
        BufferedImage img = p.render();
        assertThat(p.markers()).hasSize(16);
        SweepMarker four = p.markers().stream().filter(m -> m.model().kind() == ModelKind.POOL && m.workers() == 4)
                .findFirst().orElseThrow();
        assertThat(img.getRGB((int) Math.round(four.x()), (int) Math.round(four.y())) | 0xFF000000)
                .isEqualTo(Palette.LIGHT.series(0));
        SweepMarker gil8 = p.markers().stream().filter(m -> m.model().kind() == ModelKind.GIL && m.workers() == 8)
                .findFirst().orElseThrow();
        assertThat(four.x()).as("x grows with the count").isLessThan(gil8.x());
        assertThat(four.y()).as("pool at 4 is above the flat gil").isLessThan(gil8.y());
        assertThat(SweepMarker.nearest(p.markers(), four.x() + 3, four.y() - 2, 8)).isEqualTo(four);
        assertThat(SweepMarker.nearest(p.markers(), 5, 5, 8)).isNull();
    }

    @Test
    void logAxisAndThroughputMoveThePoints() {
        SweepResult r = sweep(WorkloadKind.SLEEP);
        SweepPicture linear = picture(r, SweepPicture.Options.defaults());
        SweepPicture log = picture(r, SweepPicture.Options.defaults().withLog2(true)
                .withAxis(SweepPicture.Axis.THROUGHPUT).withPalette(Palette.DARK));
        linear.render();
        BufferedImage dark = log.render();
        double linearGap = x(linear, 2) - x(linear, 1);
        double logGap12 = x(log, 2) - x(log, 1);
        double logGap48 = x(log, 8) - x(log, 4);
        assertThat(logGap12).as("log₂: equal steps per doubling").isCloseTo(logGap48,
                org.assertj.core.api.Assertions.within(0.5));
        assertThat(x(linear, 8) - x(linear, 4)).isCloseTo(4 * linearGap, org.assertj.core.api.Assertions.within(0.5));
        assertThat(dark.getRGB(2, 2) | 0xFF000000).isEqualTo(Palette.DARK.background());
    }

    private static double x(SweepPicture p, int workers) {
        return p.markers().stream().filter(m -> m.model().kind() == ModelKind.POOL && m.workers() == workers).findFirst()
                .orElseThrow().x();
    }
}
