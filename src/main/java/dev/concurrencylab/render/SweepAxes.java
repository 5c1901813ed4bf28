package dev.concurrencylab.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The sweep chart's two axes in one plot rectangle: worker counts across (linear from 0, or log₂), speed-up or
 * throughput up from 0, and where their ticks go.
 */
record SweepAxes(double xMin, double xMax, boolean log2, double yMax, double left, double top, double width,
                 double height) {

    /** Axes for counts up to {@code maxCount} and values up to {@code maxValue}, with a little room beyond both. */
    static SweepAxes of(int minCount, int maxCount, boolean log2, double maxValue, double left, double top,
                        double width, double height) {
        double lo = log2 ? Math.max(1, minCount) / 1.25 : 0;
        double hi = log2 ? Math.max(maxCount, 2) * 1.25 : Math.max(maxCount, 2) * 1.04;
        double step = niceStep(Math.max(maxValue, 1e-9) * 1.08, 5);
        double yMax = Math.ceil(Math.max(maxValue, 1e-9) * 1.08 / step) * step;
        return new SweepAxes(lo, hi, log2, yMax, left, top, width, height);
    }

    double x(double n) {
        if (log2) {
            return left + (log(n) - log(xMin)) / (log(xMax) - log(xMin)) * width;
        }
        return left + (n - xMin) / (xMax - xMin) * width;
    }

    double y(double v) {
        return top + height - v / yMax * height;
    }

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }

    /** The count at a horizontal position (for sampling curves once per pixel or two). */
    double count(double px) {
        double share = (px - left) / width;
        return log2 ? Math.pow(2, log(xMin) + share * (log(xMax) - log(xMin))) : xMin + share * (xMax - xMin);
    }

    boolean containsCount(double n) {
        return n >= xMin && n <= xMax;
    }

    /** Powers of two on a log₂ axis; round numbers (and 1) on a linear one. */
    List<Integer> xTicks() {
        List<Integer> ticks = new ArrayList<>();
        if (log2) {
            for (long n = 1; n <= xMax; n *= 2) {
                if (n >= xMin) {
                    ticks.add((int) n);
                }
            }
            return ticks;
        }
        int step = (int) Math.max(1, niceStep(xMax, 12));
        if (step > 1) {
            ticks.add(1);
        }
        for (int n = step; n <= xMax; n += step) {
            ticks.add(n);
        }
        return ticks;
    }

    List<Double> yTicks() {
        List<Double> ticks = new ArrayList<>();
        double step = niceStep(yMax, 5);
        for (int i = 0; i * step <= yMax * (1 + 1e-9); i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** 1, 2 or 5 times a power of ten, giving about {@code target} steps over {@code range}. */
    static double niceStep(double range, int target) {
        double raw = range / target;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static double log(double v) {
        return Math.log(v) / Math.log(2);
    }
}
