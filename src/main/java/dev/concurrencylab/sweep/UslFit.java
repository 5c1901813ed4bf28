package dev.concurrencylab.sweep;

/**
 * Neil Gunther's Universal Scalability Law fitted to a speed-up curve:
 * C(N) = N / (1 + α(N − 1) + βN(N − 1)).
 *
 * @param alpha       α, contention (the serial share), 0 to 1
 * @param beta        β, coherency (the cost of keeping workers in step), 0 to 1
 * @param peakWorkers N* = √((1 − α) / β), where throughput peaks; null when β is 0 or the curve does not scale
 * @param r2          the coefficient of determination of the fit on the measured speed-ups
 */
public record UslFit(double alpha, double beta, Double peakWorkers, double r2) {
    /** β below this is taken as none: the curve has no peak within any reach. */
    static final double NO_BETA = 1e-9;

    /** The law's capacity at {@code n} workers against one. */
    public double capacity(double n) {
        return n / (1 + alpha * (n - 1) + beta * n * (n - 1));
    }

    /** The same fit without a peak, for a curve with no gain, where N* would mean nothing. */
    public UslFit withoutPeak() {
        return new UslFit(alpha, beta, null, r2);
    }

    static Double peak(double alpha, double beta) {
        return beta > NO_BETA && alpha < 1 ? Math.sqrt((1 - alpha) / beta) : null;
    }
}
