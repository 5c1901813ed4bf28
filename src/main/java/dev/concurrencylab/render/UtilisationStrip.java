package dev.concurrencylab.render;

import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceSnapshot;

/**
 * How many thread (or process) lanes are RUNNING at each pixel column, against the number of cores: a filled
 * profile with a line at the core count. Lanes running above the core count are time-sliced by the OS; that
 * part is drawn hatched.
 */
public final class UtilisationStrip {
    private final Palette palette;
    private final int scale;
    private double[] running = new double[0];
    /** +1 where a run of fully covered columns starts, -1 after it ends; summed once at the end. */
    private double[] runs = new double[0];

    /** The strip's label at its core line, beside the timeline. */
    public static String coreLabel(int cores) {
        return cores + " cores ┈";
    }

    /** The strip's label at its foot, where there is room. */
    public static final String RUNNING_LABEL = "running";

    /** What a painted strip means, for its labels. */
    public record Scale(double maxLanes, int coreLineY, double peak) {
    }

    public UtilisationStrip(Palette palette, int scale) {
        this.palette = palette;
        this.scale = scale;
    }

    /**
     * The average number of RUNNING thread lanes over each of {@code columns} equal parts of the window.
     * The returned array is reused by the next call.
     */
    public double[] running(TraceSnapshot snapshot, TimeWindow window, int columns, long replayNanos) {
        if (running.length < columns) {
            running = new double[columns];
            runs = new double[columns + 1];
        }
        double[] out = running;
        java.util.Arrays.fill(out, 0, columns, 0);
        java.util.Arrays.fill(runs, 0, columns + 1, 0);
        long ws = window.startNanos();
        long limit = replayNanos >= 0 ? Math.min(window.endNanos(), replayNanos) : window.endNanos();
        double pxPerNs = columns / (double) window.span();
        int running = State.RUNNING.ordinal();
        for (LaneSnapshot lane : snapshot.lanes()) {
            if (!lane.isThreadLike()) {
                continue;
            }
            Segments segs = lane.segments();
            for (int i = LaneRaster.firstEndingAtOrAfter(segs, ws); i < segs.size(); i++) {
                long s = segs.start(i);
                if (s >= limit) {
                    break;
                }
                if (segs.state(i).ordinal() == running) {
                    add(out, runs, columns, (Math.max(s, ws) - ws) * pxPerNs,
                            (Math.min(segs.end(i), limit) - ws) * pxPerNs);
                }
            }
            if (lane.openState() == State.RUNNING) {
                long e = Math.min(snapshot.nowNanos(), limit);
                if (e > lane.openStart()) {
                    add(out, runs, columns, (Math.max(lane.openStart(), ws) - ws) * pxPerNs, (e - ws) * pxPerNs);
                }
            }
        }
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            sum += runs[c];
            out[c] += sum;
        }
        return out;
    }

    private static void add(double[] out, double[] runs, int columns, double a, double b) {
        a = Math.max(0, a);
        b = Math.min(columns, b);
        if (b <= a) {
            return;
        }
        int c0 = (int) a;
        int c1 = Math.min(columns - 1, (int) Math.ceil(b) - 1);
        if (c0 >= c1) {
            out[c0] += b - a;
            return;
        }
        out[c0] += c0 + 1 - a;
        runs[c0 + 1] += 1;
        runs[c1] -= 1;
        out[c1] += b - c1;
    }

    /**
     * Paints the strip into {@code target}.
     *
     * @param cores the machine's cores: the line the profile is measured against
     */
    public Scale paint(PixelRegion target, TraceSnapshot snapshot, TimeWindow window, long replayNanos, int cores) {
        return paint(target, running(snapshot, window, target.width(), replayNanos), cores);
    }

    /** Paints the strip from what {@link LaneRaster} summed while painting the lanes: no second pass over the trace. */
    public Scale paint(PixelRegion target, LaneRaster painted, int cores) {
        return paint(target, painted.runningLanesScratch(), cores);
    }

    /**
     * Paints the strip from per-column averages of RUNNING lanes ({@code r.length} at least the target's width).
     */
    public Scale paint(PixelRegion target, double[] r, int cores) {
        int w = target.width();
        int h = target.height();
        target.fill(0, 0, w, h, palette.lane(0));
        double peak = 0;
        for (int c = 0; c < w; c++) {
            peak = Math.max(peak, r[c]);
        }
        double max = Math.max(Math.max(1, cores), Math.ceil(peak - 1e-9));
        int usable = Math.max(1, h - scale);
        int coreY = h - (int) Math.round(Math.max(1, cores) / max * usable);
        int fill = palette.colour(State.RUNNING);
        int over = palette.timeSliced();
        int overStripe = palette.timeSlicedStripe();
        int[] px = target.argb();
        int period = 6 * scale;
        for (int c = 0; c < w; c++) {
            int top = h - (int) Math.round(r[c] / max * usable);
            for (int y = Math.max(0, top); y < h; y++) {
                int colour = y >= coreY ? fill : (c + y) % period < 2 * scale ? overStripe : over;
                px[target.index(c, y)] = colour;
            }
        }
        for (int c = 0; c < w; c += 4 * scale) {
            target.fill(c, coreY, 2 * scale, scale, palette.text());
        }
        return new Scale(max, coreY, peak);
    }
}
