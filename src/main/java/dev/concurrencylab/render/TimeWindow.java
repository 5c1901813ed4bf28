package dev.concurrencylab.render;

/**
 * The span of time a timeline shows, in nanoseconds since the run's origin. Panels of one comparison share
 * one window, so they share one axis (the same nanoseconds per pixel).
 */
public record TimeWindow(long startNanos, long endNanos) {
    /** Below a microsecond per screen nothing more can be learnt from the recorder's clock. */
    public static final long MIN_SPAN = 1_000;

    public TimeWindow {
        if (endNanos - startNanos < 1) {
            throw new IllegalArgumentException("window end " + endNanos + " must be after start " + startNanos);
        }
    }

    /** From 0 to {@code endNanos} (at least {@link #MIN_SPAN}): a whole run. */
    public static TimeWindow fit(long endNanos) {
        return new TimeWindow(0, Math.max(endNanos, MIN_SPAN));
    }

    public long span() {
        return endNanos - startNanos;
    }

    /**
     * The window scaled by {@code factor} (below 1 zooms in) keeping {@code anchorNanos} where it is, but never
     * starting before the run (0).
     */
    public TimeWindow zoom(double factor, long anchorNanos) {
        double span = Math.max(MIN_SPAN, span() * factor);
        double share = (anchorNanos - startNanos) / (double) span();
        long start = Math.max(0, Math.round(anchorNanos - share * span));
        return new TimeWindow(start, start + Math.round(span));
    }

    /** The same span moved by {@code deltaNanos}; it stops at the run's start (0). */
    public TimeWindow pan(long deltaNanos) {
        long start = Math.max(0, startNanos + deltaNanos);
        return new TimeWindow(start, start + span());
    }

    /** The span between two instants, in either order, at least {@link #MIN_SPAN} long, from 0 at the earliest. */
    public static TimeWindow between(long a, long b) {
        long lo = Math.max(0, Math.min(a, b));
        long hi = Math.max(a, b);
        return new TimeWindow(lo, lo + Math.max(MIN_SPAN, hi - lo));
    }

    /** Pixels from the left edge of a {@code width}-pixel plot to instant {@code nanos}. */
    public double toX(long nanos, double width) {
        return (nanos - startNanos) * width / span();
    }

    /** The instant at {@code x} pixels from the left edge of a {@code width}-pixel plot. */
    public long toNanos(double x, double width) {
        return startNanos + Math.round(x * span() / width);
    }
}
