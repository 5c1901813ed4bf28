package dev.concurrencylab.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Tick marks and labels for a time axis: round steps (1, 2, 5 × 10ⁿ ns) at least a given spacing apart. */
public final class TimeAxis {
    /** One tick: where it is and what it says. */
    public record Tick(long nanos, double x, String label) {
    }

    /** A tick with where its label's left edge goes. */
    public record Placed(Tick tick, double left) {
    }

    private TimeAxis() {
    }

    public static List<Tick> ticks(TimeWindow window, double width, double minSpacingPx) {
        List<Tick> out = new ArrayList<>();
        if (width <= 0) {
            return out;
        }
        long step = step(window.span() * minSpacingPx / width);
        long first = Math.floorDiv(window.startNanos(), step) * step;
        if (first < window.startNanos()) {
            first += step;
        }
        for (long t = first; t <= window.endNanos(); t += step) {
            out.add(new Tick(t, window.toX(t, width), formatTick(t, step)));
        }
        return out;
    }

    /**
     * Where each tick's label goes along a plot {@code width} wide: centred under its tick, but moved to stay
     * whole inside the plot (the last label was cut at the right edge), and left out where it would come within
     * {@code gap} of the label before it.
     */
    public static List<Placed> place(List<Tick> ticks, ToDoubleFunction<String> labelWidth, double width, double gap) {
        List<Placed> out = new ArrayList<>();
        double end = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks) {
            double w = labelWidth.applyAsDouble(t.label());
            double left = Math.max(0, Math.min(width - w, t.x() - w / 2));
            if (left >= end + gap) {
                out.add(new Placed(t, left));
                end = left + w;
            }
        }
        return out;
    }

    /** The smallest round step (1, 2 or 5 × 10ⁿ ns) not below {@code minNanos}. */
    static long step(double minNanos) {
        long p = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * p >= minNanos) {
                    return m * p;
                }
            }
            if (p > Long.MAX_VALUE / 100) {
                return p * 10;
            }
            p *= 10;
        }
    }

    /** A tick's label: in the unit of its step, with as few decimals as the step needs. */
    static String formatTick(long nanos, long step) {
        if (step >= 1_000_000_000L || Math.abs(nanos) >= 10_000_000_000L) {
            return trim(nanos / 1e9, step / 1e9) + " s";
        }
        if (step >= 1_000_000L) {
            return trim(nanos / 1e6, step / 1e6) + " ms";
        }
        if (step >= 1_000L) {
            return trim(nanos / 1e3, step / 1e3) + " µs";
        }
        return nanos + " ns";
    }

    private static String trim(double value, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
