package dev.concurrencylab.sweep;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Fits Amdahl's law and the Universal Scalability Law to a measured speed-up curve by non-linear least squares
 * (commons-math3's Levenberg–Marquardt), with α, β and s kept in [0, 1] and the search started from Gunther's
 * linearised quadratic fit. Speed-ups are taken against the curve's first count N₀, so the laws are fitted as
 * C(N) ÷ C(N₀) (which is C(N) itself when N₀ = 1). Amdahl's law is the USL with β = 0.
 */
public final class ScalingFits {
    /** Fewer distinct counts than this leave the two USL parameters (and R²) too loosely pinned to mean much. */
    public static final int MIN_COUNTS = 6;
    private static final int MAX_STEPS = 10_000;

    private ScalingFits() {
    }

    /**
     * @param workers  the counts, distinct and ascending; {@code workers[0]} is the baseline N₀
     * @param speedups the speed-up at each count against N₀ (1 at N₀)
     * @throws IllegalArgumentException with fewer than {@link #MIN_COUNTS} counts
     */
    public static UslFit usl(double[] workers, double[] speedups) {
        check(workers, speedups);
        double[] p = solve(workers, speedups, true, linearStart(workers, speedups, true));
        return new UslFit(p[0], p[1], UslFit.peak(p[0], p[1]), r2(workers, speedups, p[0], p[1]));
    }

    /** Amdahl's serial fraction, under the same conditions as {@link #usl}. */
    public static AmdahlFit amdahl(double[] workers, double[] speedups) {
        check(workers, speedups);
        double[] p = solve(workers, speedups, false, linearStart(workers, speedups, false));
        return new AmdahlFit(p[0], r2(workers, speedups, p[0], 0));
    }

    private static void check(double[] workers, double[] speedups) {
        if (workers.length != speedups.length) {
            throw new IllegalArgumentException("one speed-up per count: " + workers.length + " counts, "
                    + speedups.length + " speed-ups");
        }
        int distinct = 0;
        for (int i = 0; i < workers.length; i++) {
            if (!(workers[i] >= 1) || !(speedups[i] > 0) || !Double.isFinite(speedups[i])) {
                throw new IllegalArgumentException("counts must be 1 or more and speed-ups above 0, were "
                        + workers[i] + " and " + speedups[i]);
            }
            if (i > 0 && !(workers[i] > workers[i - 1])) {
                throw new IllegalArgumentException("counts must be distinct and ascending");
            }
            distinct++;
        }
        if (distinct < MIN_COUNTS) {
            throw new IllegalArgumentException("a fit needs " + MIN_COUNTS + " or more worker counts, was " + distinct);
        }
    }

    /** C(N) = N / (1 + α(N − 1) + βN(N − 1)) and its derivatives in α and β. */
    private static double[] capacity(double n, double a, double b) {
        double d = 1 + a * (n - 1) + b * n * (n - 1);
        double c = n / d;
        return new double[] {c, -n * (n - 1) / (d * d), -n * n * (n - 1) / (d * d)};
    }

    private static double[] solve(double[] n, double[] s, boolean withBeta, double[] start) {
        int params = withBeta ? 2 : 1;
        MultivariateJacobianFunction model = point -> {
            double a = point.getEntry(0);
            double b = withBeta ? point.getEntry(1) : 0;
            double[] base = capacity(n[0], a, b);
            RealVector value = new ArrayRealVector(n.length);
            RealMatrix jacobian = new Array2DRowRealMatrix(n.length, params);
            for (int i = 0; i < n.length; i++) {
                double[] c = capacity(n[i], a, b);
                value.setEntry(i, c[0] / base[0]);
                for (int k = 0; k < params; k++) { // the quotient rule on C(N) ÷ C(N₀)
                    jacobian.setEntry(i, k, (c[k + 1] * base[0] - c[0] * base[k + 1]) / (base[0] * base[0]));
                }
            }
            return new Pair<>(value, jacobian);
        };
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(withBeta ? start : new double[] {start[0]})
                .model(model)
                .target(s)
                .parameterValidator(ScalingFits::withinBounds)
                .maxEvaluations(MAX_STEPS)
                .maxIterations(MAX_STEPS)
                .build();
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
        return withBounds(optimum.getPoint().toArray());
    }

    /** α, β and s are shares: the optimiser's steps are pulled back into [0, 1]. */
    private static RealVector withinBounds(RealVector v) {
        return new ArrayRealVector(withBounds(v.toArray()), false);
    }

    private static double[] withBounds(double[] p) {
        double[] out = p.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isNaN(out[i]) ? 0 : Math.clamp(out[i], 0, 1);
        }
        return out;
    }

    /**
     * Gunther's linearisation: with x = N − 1 and y = N ÷ C(N) − 1, the USL reads y = βx² + (α + β)x, a quadratic
     * through the origin fitted by ordinary least squares (Amdahl: y = s·x). C(N) is estimated as the speed-up
     * times N₀, as if the curve scaled perfectly up to its first count.
     */
    static double[] linearStart(double[] n, double[] s, boolean withBeta) {
        double sx2 = 0;
        double sx3 = 0;
        double sx4 = 0;
        double sxy = 0;
        double sx2y = 0;
        for (int i = 0; i < n.length; i++) {
            double x = n[i] - 1;
            double y = n[i] / (s[i] * n[0]) - 1;
            sx2 += x * x;
            sx3 += x * x * x;
            sx4 += x * x * x * x;
            sxy += x * y;
            sx2y += x * x * y;
        }
        if (!withBeta) {
            return withBounds(new double[] {sx2 > 0 ? sxy / sx2 : 0, 0});
        }
        double det = sx4 * sx2 - sx3 * sx3;
        if (Math.abs(det) < 1e-12) {
            return new double[] {0, 0};
        }
        double beta = (sx2y * sx2 - sx3 * sxy) / det;
        double both = (sx4 * sxy - sx3 * sx2y) / det;
        return withBounds(new double[] {both - beta, beta});
    }

    /** 1 − SS_res ÷ SS_tot on the speed-ups; a flat curve (SS_tot = 0) scores 1 when the law runs through it. */
    static double r2(double[] n, double[] s, double a, double b) {
        double mean = 0;
        for (double v : s) {
            mean += v;
        }
        mean /= s.length;
        double base = capacity(n[0], a, b)[0];
        double res = 0;
        double tot = 0;
        for (int i = 0; i < n.length; i++) {
            double e = s[i] - capacity(n[i], a, b)[0] / base;
            res += e * e;
            tot += (s[i] - mean) * (s[i] - mean);
        }
        if (tot <= 1e-18) {
            return res <= 1e-12 ? 1 : 0;
        }
        return 1 - res / tot;
    }
}
