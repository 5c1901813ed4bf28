package dev.concurrencylab.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fits recover the parameters points were made with, keep them in bounds, and refuse too few counts. */
class ScalingFitsTest {
    private static double usl(double n, double a, double b) {
        return n / (1 + a * (n - 1) + b * n * (n - 1));
    }

    private static double[] counts(int... n) {
        return IntStream.of(n).asDoubleStream().toArray();
    }

    @Test
    void uslRecoversAlphaAndBetaFromPointsMadeWithThem() {
        double[][] cases = {{0.05, 0.002}, {0.3, 0.0}, {0.0, 0.01}, {0.12, 0.0005}};
        double[] n = counts(1, 2, 3, 4, 6, 8, 12, 16);
        for (double[] c : cases) {
            double[] s = java.util.Arrays.stream(n).map(x -> usl(x, c[0], c[1])).toArray();
            UslFit fit = ScalingFits.usl(n, s);
            assertThat(fit.alpha()).as("alpha of %s", java.util.Arrays.toString(c)).isCloseTo(c[0], within(1e-3));
            assertThat(fit.beta()).as("beta of %s", java.util.Arrays.toString(c)).isCloseTo(c[1], within(1e-3));
            assertThat(fit.r2()).isCloseTo(1, within(1e-6));
        }
    }

    @Test
    void thePeakIsWhereTheLawSaysAndAbsentWithoutCoherencyCost() {
        double[] n = counts(1, 2, 4, 8, 16, 32, 64);
        double[] s = java.util.Arrays.stream(n).map(x -> usl(x, 0.05, 0.002)).toArray();
        assertThat(ScalingFits.usl(n, s).peakWorkers()).isCloseTo(Math.sqrt(0.95 / 0.002), within(0.5));
        double[] amdahlOnly = java.util.Arrays.stream(n).map(x -> usl(x, 0.2, 0)).toArray();
        assertThat(ScalingFits.usl(n, amdahlOnly).peakWorkers()).isNull();
    }

    @Test
    void speedUpsAgainstALaterFirstCountAreFittedAsARatio() {
        double[] n = counts(2, 3, 4, 6, 8, 12, 16);
        double[] s = java.util.Arrays.stream(n).map(x -> usl(x, 0.05, 0.002) / usl(2, 0.05, 0.002)).toArray();
        UslFit fit = ScalingFits.usl(n, s);
        assertThat(fit.alpha()).isCloseTo(0.05, within(1e-3));
        assertThat(fit.beta()).isCloseTo(0.002, within(1e-3));
    }

    @Test
    void amdahlRecoversTheSerialFraction() {
        double[] n = counts(1, 2, 3, 4, 5, 6, 7, 8);
        for (double serial : new double[] {0.0, 0.1, 0.5, 0.95, 1.0}) {
            double[] s = java.util.Arrays.stream(n).map(x -> 1 / (serial + (1 - serial) / x)).toArray();
            AmdahlFit fit = ScalingFits.amdahl(n, s);
            assertThat(fit.serialFraction()).as("s = %s", serial).isCloseTo(serial, within(1e-3));
            assertThat(fit.speedup(4)).isCloseTo(s[3], within(1e-3));
        }
    }

    @Test
    void parametersStayWithinZeroAndOne() {
        // faster than linear (a cache effect): the best α within bounds is 0, not a negative number
        double[] n = counts(1, 2, 3, 4, 5, 6);
        double[] s = java.util.Arrays.stream(n).map(x -> x * 1.2).toArray();
        s[0] = 1;
        UslFit fit = ScalingFits.usl(n, s);
        assertThat(fit.alpha()).isBetween(0.0, 1.0);
        assertThat(fit.beta()).isBetween(0.0, 1.0);
        // slower with every worker: capped at 1
        double[] worse = java.util.Arrays.stream(n).map(x -> 1 / (x * x)).toArray();
        assertThat(ScalingFits.amdahl(n, worse).serialFraction()).isBetween(0.0, 1.0);
        UslFit down = ScalingFits.usl(n, worse);
        assertThat(down.alpha()).isBetween(0.0, 1.0);
        assertThat(down.beta()).isBetween(0.0, 1.0);
    }

    @Test
    void fewerThanSixCountsAreRefused() {
        double[] n = counts(1, 2, 4, 8, 16);
        double[] s = java.util.Arrays.stream(n).map(x -> usl(x, 0.05, 0.002)).toArray();
        assertThatThrownBy(() -> ScalingFits.usl(n, s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6 or more worker counts");
        assertThatThrownBy(() -> ScalingFits.amdahl(n, s)).isInstanceOf(IllegalArgumentException.class);
    }
}
