package dev.concurrencylab.sweep;

/**
 * Amdahl's law fitted to a speed-up curve: S(N) = 1 / (s + (1 − s) / N).
 *
 * @param serialFraction s, the share of the work that does not run in parallel, 0 to 1
 * @param r2             the coefficient of determination of the fit on the measured speed-ups
 */
public record AmdahlFit(double serialFraction, double r2) {
    /** The law's speed-up at {@code n} workers against one. */
    public double speedup(double n) {
        return 1 / (serialFraction + (1 - serialFraction) / n);
    }
}
