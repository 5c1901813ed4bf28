package dev.concurrencylab.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Medians, ranges, speed-ups against each model's first count, and when a fit is made or why not. */
class SweepAnalysisTest {
    @Test
    void medianAndRangeOfTheRepeatsAndSpeedUpsAgainstTheFirstCount() {
        SweepSpec spec = SweepSpec.parse("1..8", 3);
        List<SweepPoint> points = SweepFixtures.curve(ModelKind.POOL, spec, n -> SweepFixtures.usl(n, 0.05, 0.002));
        SweepAnalysis a = SweepAnalysis.of(SweepFixtures.config(WorkloadKind.CPU_HASH, ModelKind.POOL), points, 2);
        ModelCurve pool = a.curve(ModelEntry.of(ModelKind.POOL));
        assertThat(pool.points()).hasSize(8);
        CurvePoint first = pool.points().getFirst();
        assertThat(first.runs()).isEqualTo(3);
        assertThat(first.throughput()).isCloseTo(100, within(1e-9)); // 100 tasks in 1 s, the median repeat
        assertThat(first.minThroughput()).isCloseTo(100 / 1.02, within(1e-9));
        assertThat(first.maxThroughput()).isCloseTo(100 / 0.98, within(1e-9));
        assertThat(first.speedup()).isEqualTo(1.0);
        assertThat(pool.points().get(3).speedup()).isCloseTo(SweepFixtures.usl(4, 0.05, 0.002), within(1e-9));
        assertThat(pool.usl().alpha()).isCloseTo(0.05, within(1e-3));
        assertThat(pool.usl().beta()).isCloseTo(0.002, within(1e-3));
        assertThat(pool.note()).isNull();
        assertThat(SweepTexts.fits(pool)).contains("USL α 0.050", "β 0.0020", "peak N*", "Amdahl s");
    }

    @Test
    void fewerThanSixCountsShowPointsOnlyAndSayWhy() {
        SweepSpec spec = SweepSpec.parse("1,2,4,8,16", 1);
        List<SweepPoint> points = SweepFixtures.curve(ModelKind.POOL, spec, n -> n);
        ModelCurve pool = SweepAnalysis.of(SweepFixtures.config(WorkloadKind.CPU_HASH, ModelKind.POOL), points, 2)
                .curve(ModelEntry.of(ModelKind.POOL));
        assertThat(pool.fitted()).isFalse();
        assertThat(pool.points()).hasSize(5);
        assertThat(pool.note()).contains("points only", "6 or more", "has 5");
    }

    @Test
    void aFlatCurveSaysNoScalingInsteadOfAPeak() {
        SweepSpec spec = SweepSpec.parse("1..8", 1);
        List<SweepPoint> points = new ArrayList<>(SweepFixtures.curve(ModelKind.GIL, spec,
                n -> n == 1 ? 1 : 0.92 + 0.01 * (n % 3)));
        points.addAll(SweepFixtures.curve(ModelKind.SEQUENTIAL, spec, n -> 1));
        SweepAnalysis a = SweepAnalysis.of(SweepFixtures.config(WorkloadKind.CPU_HASH, ModelKind.SEQUENTIAL,
                ModelKind.GIL), points, 2);
        ModelCurve gil = a.curve(ModelEntry.of(ModelKind.GIL));
        assertThat(gil.fitted()).isTrue();
        assertThat(gil.usl().peakWorkers()).isNull();
        assertThat(gil.note()).startsWith("no scaling");
        assertThat(gil.amdahl().serialFraction()).isGreaterThan(0.9);
        ModelCurve seq = a.curve(ModelEntry.of(ModelKind.SEQUENTIAL));
        assertThat(seq.points()).singleElement().satisfies(p -> assertThat(p.workers()).isEqualTo(1));
        assertThat(seq.note()).contains("one point");
    }

    @Test
    void ioWorkloadsGetLittlesLawAndCpuWorkDoesNot() {
        WorkloadConfig sleep = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(64).withLatencyMs(20)
                .withJitterMs(10);
        LittleLaw law = LittleLaw.of(sleep);
        assertThat(law.meanLatencyMs()).isEqualTo(25);
        assertThat(law.throughput(8)).isCloseTo(320, within(1e-9));
        assertThat(law.throughput(1000)).as("capped at every task in flight").isCloseTo(64 * 40, within(1e-9));
        assertThat(LittleLaw.of(WorkloadConfig.defaults(WorkloadKind.CPU_HASH))).isNull();
        assertThat(LittleLaw.of(WorkloadConfig.defaults(WorkloadKind.HTTP).withUrls(List.of("http://127.0.0.1:1/"))))
                .as("a real site's latency is unknown").isNull();
    }

    @Test
    void theRepresentativeRunOfAPointIsItsMedianRepeat() {
        List<SweepPoint> points = List.of(SweepFixtures.point(ModelKind.POOL, 2, 1, 100, 500),
                SweepFixtures.point(ModelKind.POOL, 2, 2, 100, 300), SweepFixtures.point(ModelKind.POOL, 2, 3, 100, 400),
                SweepFixtures.point(ModelKind.POOL, 4, 1, 100, 200));
        assertThat(SweepAnalysis.representative(points, ModelEntry.of(ModelKind.POOL), 2).repeat()).isEqualTo(3);
        assertThat(SweepAnalysis.representative(points, ModelEntry.of(ModelKind.GIL), 2)).isNull();
    }
}
