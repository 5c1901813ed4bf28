package dev.concurrencylab.render;

import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * Paints a {@link LaneSet}'s lanes for a time window into an ARGB buffer: the fast path behind the timeline.
 *
 * <p>Only segments inside the window are visited (binary search on each lane), and each pixel column of a row
 * shows the state that covered most of it, so a million sub-pixel segments cost one pass and no more pixels
 * than the screen has. Rows that stand for many lanes (see {@link LaneLayout}) sum their lanes' coverage.
 * One instance per view: it keeps scratch arrays between frames, so it is not thread-safe.
 */
public final class LaneRaster {
    private static final int STATES = State.values().length;
    private static final int RUNNING = State.RUNNING.ordinal();
    /** A column's pick carries its state in the low bits (see {@link #resolve}): room for 16 states. */
    private static final int TAG_BITS = 4;
    private static final long TAG_MAX = (1 << TAG_BITS) - 1;
    /** Bins of the level-of-detail summary: twice the plot's width, rounded up to a power of two, in these bounds. */
    private static final int MIN_BINS = 1024;
    private static final int MAX_BINS = 8192;
    /** Two tasks' segments this wide (at 1×) or wider, back to back on a lane, get a gap between them. */
    static final int BOUNDARY_MIN_PX = 4;

    private final Palette palette;
    private final int scale;
    private final SegmentMarks marks;
    private final int[] fill = new int[STATES];
    private final int[] stripe = new int[STATES];
    private final boolean[] hatched = new boolean[STATES];
    /**
     * Colour by state and stripe phase: entry {@code (state + 1) * period + phase}; the first {@code period}
     * entries are idle time (the lane's background, set per row).
     */
    private final int[] pattern;
    private final Coverage cov = new Coverage();
    /** Per column: the best pick so far while resolving a row (see {@link #resolve}). */
    private long[] most = new long[0];
    /** One state's totals while resolving a row. */
    private float[] totals = new float[0];
    /** Per frame with a summary: each column's first bin, and one over its bin count (see {@link CoverageBins}). */
    private int[] binFrom = new int[0];
    private float[] binInv = new float[0];
    /** The states the row being painted shows, as bits by ordinal. */
    private int rowStates;
    private boolean summaries = true;
    /** Where summaries are built when the painter must not wait for one (the FX thread); null builds in line. */
    private Executor summaryBuilder;
    private Runnable summaryReady;
    private boolean summarised;
    private byte[] column = new byte[0];
    /** Per column: how many lanes were RUNNING on average, summed while resolving rows (the strip's data). */
    private double[] runningLanes = new double[0];
    private int runningWidth;

    public LaneRaster(Palette palette, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        this.palette = palette;
        this.scale = scale;
        this.marks = new SegmentMarks(palette, scale);
        for (State s : State.values()) {
            fill[s.ordinal()] = palette.colour(s);
            stripe[s.ordinal()] = palette.hatchColour(s);
            hatched[s.ordinal()] = palette.hatched(s);
        }
        int period = 6 * scale;
        pattern = new int[(STATES + 1) * period];
        for (int st = 0; st < STATES; st++) {
            for (int k = 0; k < period; k++) {
                pattern[(st + 1) * period + k] = hatched[st] && k < 2 * scale ? stripe[st] : fill[st];
            }
        }
    }

    /**
     * After {@link #paint}: per pixel column, the average number of lanes RUNNING (thread lanes, or task lanes,
     * which add up to the same), for {@link UtilisationStrip#paint(PixelRegion, double[], int)}.
     */
    public double[] runningLanes() {
        return Arrays.copyOf(runningLanes, runningWidth);
    }

    /** Like {@link #runningLanes()} but the scratch array itself (valid up to the painted width) until the next paint. */
    double[] runningLanesScratch() {
        return runningLanes;
    }

    /** Tests compare both paths: false makes every frame visit the segments themselves. */
    void useSummaries(boolean use) {
        summaries = use;
    }

    /**
     * Builds level-of-detail summaries on {@code builder} instead of in the frame that first needs one (50–200 ms
     * for a million segments): until it is ready, frames visit the segments as a live run's do, and
     * {@code ready} runs on the builder's thread once the next frame can use it.
     */
    public void buildSummariesOn(Executor builder, Runnable ready) {
        summaryBuilder = builder;
        summaryReady = ready;
    }

    /** True when the last {@link #paint} drew from a {@link CoverageBins} summary rather than the segments. */
    boolean summarised() {
        return summarised;
    }

    public Palette palette() {
        return palette;
    }

    /**
     * Paints all lanes into {@code target}.
     *
     * @param replayNanos draw only what happened before this instant; -1 draws everything
     * @param highlightedTask outline this task's segments (and its lane in the task view); -1 for none
     * @return where the lanes went, for labels and hit tests
     */
    public LaneLayout paint(PixelRegion target, LaneSet lanes, TimeWindow window, long replayNanos,
                            int highlightedTask) {
        int w = target.width();
        target.fill(0, 0, w, target.height(), palette.background());
        LaneLayout layout = LaneLayout.of(lanes.size(), target.height(), scale);
        if (w == 0) {
            return layout;
        }
        // sized even with no lanes yet (a live run's first snapshot), since the strip reads the sums after
        ensureCapacity(w);
        if (layout.rows() == 0) {
            return layout;
        }
        long limit = replayNanos >= 0 ? Math.min(window.endNanos(), replayNanos) : window.endNanos();
        double pxPerNs = w / (double) window.span();
        boolean decorate = !layout.aggregated() && layout.rowHeight() - layout.gap() >= 3;
        boolean marked = decorate && (highlightedTask >= 0 || lanes.anyFailed());
        CoverageBins summary = marked || !summaries ? null : summary(lanes, layout, window, w, replayNanos);
        summarised = summary != null;
        if (summary != null) {
            summary.mapColumns(window.startNanos(), window.span() / (double) w, w, binFrom, binInv);
        }
        for (int row = 0; row < layout.rows(); row++) {
            cov.reset(w);
            marks.clear();
            for (int lane = layout.firstLane(row); summary == null && lane < layout.endLane(row); lane++) {
                int highlight = decorate ? highlightedTask : -2;
                accumulate(lanes, lane, window.startNanos(), limit, pxPerNs, highlight, decorate && lanes.anyFailed(),
                        decorate ? lanes.inferredStates(lane) : 0);
                accumulateOpen(lanes, lane, window.startNanos(), limit, pxPerNs, highlight);
            }
            resolve(w, summary, row);
            boolean taskRow = lanes.mode() == LaneMode.TASKS && !layout.aggregated() && row == highlightedTask;
            int bg = taskRow ? palette.highlightLane() : palette.lane(row);
            blit(target, layout.rowTop(row), layout.rowHeight() - layout.gap(), bg);
            if (decorate && highlightedTask >= 0 && !taskRow) {
                marks.fadeOthers(target, layout.rowTop(row), layout.rowHeight() - layout.gap(), palette.background());
            }
            marks.draw(target, layout.rowTop(row), layout.rowHeight() - layout.gap(), bg);
        }
        if (replayNanos >= 0 && replayNanos >= window.startNanos() && replayNanos <= window.endNanos()) {
            int x = (int) Math.min(w - scale, Math.floor(window.toX(replayNanos, w)));
            target.fill(x, 0, scale, layout.height(), palette.text());
        }
        return layout;
    }

    private void ensureCapacity(int w) {
        if (column.length < w) {
            column = new byte[w];
            most = new long[w];
            totals = new float[w];
            binFrom = new int[w + 1];
            binInv = new float[w];
            runningLanes = new double[w];
        }
        Arrays.fill(runningLanes, 0, w, 0);
        runningWidth = w;
        Arrays.fill(column, 0, w, (byte) -1);
    }

    private void accumulate(LaneSet lanes, int lane, long ws, long limit, double pxPerNs,
                            int highlight, boolean failures, int inferred) {
        int w = cov.width();
        LaneColumns cols = lanes.columns();
        long[] start = cols.start;
        long[] end = cols.end;
        byte[] state = cols.state;
        int last = cols.offset[lane + 1];
        double minWidth = BOUNDARY_MIN_PX * scale;
        int previousTask = -1;
        double previousEnd = Double.NEGATIVE_INFINITY;
        double previousWidth = 0;
        for (int i = cols.firstEndingAtOrAfter(lane, ws); i < last; i++) {
            long s = start[i];
            if (s >= limit && !(s == limit && end[i] == s)) {
                break;
            }
            long e = Math.min(end[i], limit);
            double fx0 = (s - ws) * pxPerNs;
            double fx1 = (e - ws) * pxPerNs;
            cov.cover(state[i], fx0, fx1);
            if (highlight != -2) {
                int task = cols.task[i];
                // tasks run back to back (a sequential lane) would read as one bar: a gap marks where one ends
                if (task >= 0 && previousTask >= 0 && task != previousTask && fx0 - previousEnd < 1
                        && fx1 - fx0 >= minWidth && previousWidth >= minWidth) {
                    marks.add(SegmentMarks.BOUNDARY, fx0, fx0, w);
                }
                previousTask = task;
                previousEnd = fx1;
                previousWidth = fx1 - fx0;
                if (task >= 0 && task == highlight) {
                    marks.add(SegmentMarks.HIGHLIGHT, fx0, fx1, w);
                }
                if (failures && lanes.failed(task)) {
                    marks.add(end[i] >= lanes.taskEnd(task) && e == end[i] ? SegmentMarks.FAILED_END : SegmentMarks.FAILED,
                            fx0, fx1, w);
                }
                if ((inferred >>> state[i] & 1) != 0) {
                    marks.add(SegmentMarks.INFERRED, fx0, fx1, w);
                }
            }
        }
    }

    /** The lane's segment still under way, drawn up to the snapshot's instant. */
    private void accumulateOpen(LaneSet lanes, int lane, long ws, long limit, double pxPerNs, int highlight) {
        int w = cov.width();
        State open = lanes.openState(lane);
        if (open != null) {
            long s = lanes.openStart(lane);
            long e = Math.min(lanes.nowNanos(), limit);
            if (e > s || (e == s && s >= ws)) {
                double fx0 = (s - ws) * pxPerNs;
                double fx1 = (e - ws) * pxPerNs;
                cov.cover(open.ordinal(), fx0, fx1);
                if (highlight >= 0 && lanes.openTask(lane) == highlight) {
                    marks.add(SegmentMarks.HIGHLIGHT, fx0, fx1, w);
                }
            }
        }
    }

    /** The first segment whose end is at or after {@code t}; segments of a lane end in order. */
    static int firstEndingAtOrAfter(Segments segs, long t) {
        int lo = 0;
        int hi = segs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segs.end(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The level-of-detail summary to paint this frame from, or null to visit segments: only for rows that group
     * lanes (one lane per row keeps its exact picture), for a finished snapshot with no segment still open, with
     * no outlines to draw and no replay cut-off inside the window, when columns span enough bins and
     * there are more segments than the summary's cells.
     */
    private CoverageBins summary(LaneSet lanes, LaneLayout layout, TimeWindow window, int w, long replayNanos) {
        if (!layout.aggregated() || replayNanos >= 0 && replayNanos < window.endNanos() || !lanes.snapshot().complete()
                || lanes.columns().start.length < (long) layout.rows() * w) {
            return null;
        }
        int bins = Math.min(MAX_BINS, Integer.highestOneBit(Math.max(2 * w, MIN_BINS) - 1) << 1);
        double nsPerColumn = window.span() / (double) w;
        if (nsPerColumn * bins < CoverageBins.MIN_BINS_PER_COLUMN * (double) lanes.endNanos()) {
            return null; // zoomed in: checked before building, with an extent at least the summary's
        }
        CoverageBins summary = summaryBuilder == null ? lanes.bins(layout.lanesPerRow(), bins)
                : lanes.binsOrBuild(layout.lanesPerRow(), bins, summaryBuilder, summaryReady);
        return summary != null && summary.fineEnoughFor(nsPerColumn) ? summary : null;
    }

    /**
     * Turns each touched column's totals into the state that covered most of it, and clears the totals. States
     * are visited in order and only a larger total replaces the pick, so ties go to the lower state.
     */
    private void resolve(int w, CoverageBins summary, int row) {
        byte[] column = this.column;
        long[] most = this.most;
        float[] totals = this.totals;
        Arrays.fill(column, 0, w, (byte) -1);
        rowStates = summary != null ? summary.states(row) : cov.statesSeen;
        int lo = summary != null ? 0 : Math.max(0, cov.touchedMin);
        int hi = summary != null ? w - 1 : cov.touchedMax;
        if (hi < lo) {
            return;
        }
        Arrays.fill(most, lo, hi + 1, 0L);
        for (int s = 0; s < STATES; s++) {
            if ((rowStates & (1 << s)) == 0) {
                continue;
            }
            if (summary != null) {
                summary.columnTotals(row, s, binFrom, binInv, w, totals);
            } else {
                cov.take(s, lo, hi, totals, 0);
            }
            if (s == RUNNING) {
                for (int c = lo; c <= hi; c++) {
                    runningLanes[c] += totals[c - lo];
                }
            }
            // A column's pick as one number: the total's bits (non-negative floats order as integers) above a tag
            // that prefers lower states on ties, zero where nothing covers it; a max with no branch to mispredict.
            long tag = TAG_MAX - s;
            for (int c = lo; c <= hi; c++) {
                int bits = Float.floatToRawIntBits(totals[c - lo]);
                most[c] = Math.max(most[c], ((long) bits << TAG_BITS) | (tag & ((bits | -bits) >> 31)));
            }
        }
        for (int c = lo; c <= hi; c++) {
            long key = most[c];
            column[c] = key == 0 ? -1 : (byte) (TAG_MAX - (key & TAG_MAX));
        }
    }

    /**
     * Copies the row's columns into its pixel rows. A row without hatched states is one line copied; hatched
     * ones need one line per phase of the stripe pattern, so each line is built once and copied down.
     */
    private void blit(PixelRegion target, int top, int h, int bg) {
        int w = target.width();
        int[] px = target.argb();
        int period = 6 * scale;
        boolean anyHatch = false;
        for (int s = 0; s < STATES; s++) {
            anyHatch |= hatched[s] && (rowStates & (1 << s)) != 0;
        }
        int bottom = Math.min(top + h, target.height());
        int distinct = anyHatch ? Math.min(period, bottom - top) : 1;
        for (int y = top; y < top + distinct && y < bottom; y++) {
            buildLine(px, target.index(0, y), w, y % period, bg);
        }
        for (int y = top + distinct; y < bottom; y++) {
            System.arraycopy(px, target.index(0, top + (y - top) % distinct), px, target.index(0, y), w);
        }
    }

    /** One pixel row of a lane row; a lookup per pixel, no division and no branch on the state. */
    private void buildLine(int[] px, int base, int w, int phase, int bg) {
        int period = pattern.length / (STATES + 1);
        int[] pattern = this.pattern;
        byte[] column = this.column;
        for (int k = 0; k < period; k++) {
            pattern[k] = bg;
        }
        int k = phase;
        for (int c = 0; c < w; c++) {
            px[base + c] = pattern[(column[c] + 1) * period + k];
            k = k + 1 == period ? 0 : k + 1;
        }
    }
}
