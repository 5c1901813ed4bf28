package dev.concurrencylab.render;

import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import java.util.Arrays;

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
    private static final int MARK_HIGHLIGHT = 1;
    private static final int MARK_FAILED = 2;
    private static final int MARK_FAILED_END = 3;

    private final Palette palette;
    private final int scale;
    private final int[] fill = new int[STATES];
    private final int[] stripe = new int[STATES];
    private final boolean[] hatched = new boolean[STATES];
    /**
     * Colour by state and stripe phase: entry {@code (state + 1) * period + phase}; the first {@code period}
     * entries are idle time (the lane's background, set per row).
     */
    private final int[] pattern;
    /** Per column and state: the covered share of partly covered columns. */
    private float[] acc = new float[0];
    /** Per column and state: +1 where a run of fully covered columns starts, -1 after it ends (summed on resolve). */
    private float[] runs = new float[0];
    private final float[] running = new float[STATES];
    private int statesSeen;
    private byte[] column = new byte[0];
    /** Per column: how many lanes were RUNNING on average, summed while resolving rows (the strip's data). */
    private double[] runningLanes = new double[0];
    private int runningWidth;
    private int[] marks = new int[48];
    private int markCount;
    private int touchedMin;
    private int touchedMax;

    public LaneRaster(Palette palette, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        this.palette = palette;
        this.scale = scale;
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
        for (int row = 0; row < layout.rows(); row++) {
            touchedMin = Integer.MAX_VALUE;
            touchedMax = -1;
            statesSeen = 0;
            markCount = 0;
            for (int lane = layout.firstLane(row); lane < layout.endLane(row); lane++) {
                accumulate(lanes, lane, window.startNanos(), limit, pxPerNs, w,
                        decorate ? highlightedTask : -2, decorate && lanes.anyFailed());
            }
            resolve(w);
            int bg = lanes.mode() == LaneMode.TASKS && !layout.aggregated() && row == highlightedTask
                    ? palette.highlightLane() : palette.lane(row);
            blit(target, layout.rowTop(row), layout.rowHeight() - layout.gap(), bg);
            drawMarks(target, layout.rowTop(row), layout.rowHeight() - layout.gap());
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
            acc = new float[w * STATES];
            runs = new float[(w + 1) * STATES];
            runningLanes = new double[w];
        }
        Arrays.fill(runningLanes, 0, w, 0);
        runningWidth = w;
        Arrays.fill(column, 0, w, (byte) -1);
    }

    private void accumulate(LaneSet lanes, int lane, long ws, long limit, double pxPerNs, int w,
                            int highlight, boolean failures) {
        LaneColumns cols = lanes.columns();
        long[] start = cols.start;
        long[] end = cols.end;
        byte[] state = cols.state;
        int last = cols.offset[lane + 1];
        for (int i = cols.firstEndingAtOrAfter(lane, ws); i < last; i++) {
            long s = start[i];
            if (s >= limit && !(s == limit && end[i] == s)) {
                break;
            }
            long e = Math.min(end[i], limit);
            double fx0 = (s - ws) * pxPerNs;
            double fx1 = (e - ws) * pxPerNs;
            cover(state[i], fx0, fx1, w);
            if (highlight != -2) {
                int task = cols.task[i];
                if (task >= 0 && task == highlight) {
                    mark(MARK_HIGHLIGHT, fx0, fx1, w);
                }
                if (failures && lanes.failed(task)) {
                    mark(end[i] >= lanes.taskEnd(task) && e == end[i] ? MARK_FAILED_END : MARK_FAILED, fx0, fx1, w);
                }
            }
        }
        State open = lanes.openState(lane);
        if (open != null) {
            long s = lanes.openStart(lane);
            long e = Math.min(lanes.nowNanos(), limit);
            if (e > s || (e == s && s >= ws)) {
                double fx0 = (s - ws) * pxPerNs;
                double fx1 = (e - ws) * pxPerNs;
                cover(open.ordinal(), fx0, fx1, w);
                if (highlight >= 0 && lanes.openTask(lane) == highlight) {
                    mark(MARK_HIGHLIGHT, fx0, fx1, w);
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
     * Adds the part of each pixel column the span [fx0, fx1) covers to that column's total for the state; any
     * share above zero makes an otherwise idle column show, so sub-pixel segments stay visible. Fully covered
     * columns cost nothing per column: a run is recorded at its two ends and summed once per row.
     */
    private void cover(int st, double fx0, double fx1, int w) {
        if (fx1 < 0 || fx0 >= w) {
            return;
        }
        double a = Math.max(0, fx0);
        double b = Math.min(w, fx1);
        int c0 = (int) a;
        int c1 = Math.min(w - 1, Math.max(c0, (int) Math.ceil(b) - 1));
        if (c0 == c1) {
            acc[c0 * STATES + st] += (float) (b - a);
        } else {
            acc[c0 * STATES + st] += (float) (c0 + 1 - a);
            acc[c1 * STATES + st] += (float) (b - c1);
            runs[(c0 + 1) * STATES + st] += 1;
            runs[c1 * STATES + st] -= 1;
        }
        statesSeen |= 1 << st;
        touchedMin = Math.min(touchedMin, c0);
        touchedMax = Math.max(touchedMax, c1);
    }

    /** Turns each touched column's totals into the state that covered most of it, and clears the totals. */
    private void resolve(int w) {
        byte[] column = this.column;
        float[] acc = this.acc;
        float[] runs = this.runs;
        float[] running = this.running;
        java.util.Arrays.fill(column, 0, w, (byte) -1);
        for (int s = 0; s < STATES; s++) {
            running[s] = 0;
        }
        int seen = statesSeen;
        for (int c = Math.max(0, touchedMin); c <= touchedMax; c++) {
            int base = c * STATES;
            int best = -1;
            float most = 0;
            for (int s = 0; s < STATES; s++) {
                if ((seen & (1 << s)) == 0) {
                    continue;
                }
                running[s] += runs[base + s];
                float v = acc[base + s] + running[s];
                if (s == RUNNING) {
                    runningLanes[c] += v;
                }
                if (v > most) {
                    most = v;
                    best = s;
                }
                acc[base + s] = 0;
                runs[base + s] = 0;
            }
            column[c] = (byte) best;
        }
        if (touchedMax >= 0) {
            int end = (touchedMax + 1) * STATES;
            for (int s = 0; s < STATES; s++) {
                runs[end + s] = 0;
            }
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
            anyHatch |= hatched[s] && (statesSeen & (1 << s)) != 0;
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

    private void mark(int kind, double fx0, double fx1, int w) {
        if (fx1 < 0 || fx0 >= w) {
            return;
        }
        if (markCount + 3 > marks.length) {
            marks = Arrays.copyOf(marks, marks.length * 2);
        }
        marks[markCount++] = kind;
        marks[markCount++] = (int) Math.floor(Math.max(fx0, -4 * scale));
        marks[markCount++] = (int) Math.ceil(Math.min(fx1, w + 4.0 * scale));
    }

    private void drawMarks(PixelRegion target, int top, int h) {
        for (int i = 0; i < markCount; i += 3) {
            int kind = marks[i];
            int x0 = marks[i + 1];
            int x1 = Math.max(marks[i + 2], x0 + scale);
            if (kind == MARK_HIGHLIGHT) {
                target.outline(x0 - scale, top, x1 - x0 + 2 * scale, h, Math.min(2 * scale, h / 2), palette.highlight());
            } else {
                target.outline(x0, top, x1 - x0, h, scale, palette.failed());
                if (kind == MARK_FAILED_END) {
                    cross(target, x1, top, h);
                }
            }
        }
    }

    /** An × of the row's height whose right edge is at {@code right}: where a failed task ended. */
    private void cross(PixelRegion target, int right, int top, int h) {
        int size = h;
        int left = right - size;
        for (int i = 0; i < size; i++) {
            target.fill(left + i, top + i, scale, 1, palette.failed());
            target.fill(left + i, top + size - 1 - i, scale, 1, palette.failed());
        }
    }
}
