package dev.concurrencylab.render;

import java.util.Arrays;

/**
 * What is drawn over one lane row after its colours: a gap where one task's segment follows another's back to
 * back, the highlighted task's outline (with the rest of the row faded), failed tasks' outlines with an × where
 * the task ended, and a dotted outline around inferred segments. Collected while {@link LaneRaster} visits the
 * row's segments.
 */
final class SegmentMarks {
    static final int HIGHLIGHT = 1;
    static final int FAILED = 2;
    static final int FAILED_END = 3;
    static final int BOUNDARY = 4;
    /** A segment read from clocks rather than observed (CPython's GIL waits): a dotted outline. */
    static final int INFERRED = 5;

    private final Palette palette;
    private final int scale;
    /** How far everything but a highlighted task fades towards the background. */
    private static final double FADE = 0.65;
    private boolean[] keep = new boolean[0];
    /** Triples of kind, first column, end column. */
    private int[] marks = new int[48];
    private int count;

    SegmentMarks(Palette palette, int scale) {
        this.palette = palette;
        this.scale = scale;
    }

    void clear() {
        count = 0;
    }

    void add(int kind, double fx0, double fx1, int w) {
        if (fx1 < 0 || fx0 >= w) {
            return;
        }
        if (kind == INFERRED && count >= 3 && marks[count - 3] == INFERRED
                && Math.floor(fx0) <= marks[count - 1] + scale) {
            // inferred spans a pixel or so apart share one outline: no thicket of dots where the GIL changes hands
            marks[count - 1] = Math.max(marks[count - 1], (int) Math.ceil(Math.min(fx1, w + 4.0 * scale)));
            return;
        }
        if (count + 3 > marks.length) {
            marks = Arrays.copyOf(marks, marks.length * 2);
        }
        marks[count++] = kind;
        marks[count++] = (int) Math.floor(Math.max(fx0, -4 * scale));
        marks[count++] = (int) Math.ceil(Math.min(fx1, w + 4.0 * scale));
    }

    /** @param gap the row's idle colour, which task boundaries are cut in */
    void draw(PixelRegion target, int top, int h, int gap) {
        for (int i = 0; i < count; i += 3) {
            if (marks[i] == BOUNDARY) {
                target.fill(marks[i + 1], top, scale, h, gap);
            }
        }
        for (int i = 0; i < count; i += 3) {
            int kind = marks[i];
            int x0 = marks[i + 1];
            int x1 = Math.max(marks[i + 2], x0 + scale);
            if (kind == BOUNDARY) {
                continue;
            }
            if (kind == HIGHLIGHT) {
                // a ring in the highlight colour inside one in the text colour: clear on any state and theme
                target.outline(x0 - 2 * scale, top, x1 - x0 + 4 * scale, h, Math.max(1, Math.min(scale, h / 4)),
                        palette.text());
                target.outline(x0 - scale, top + Math.min(scale, h / 4), x1 - x0 + 2 * scale,
                        h - 2 * Math.min(scale, h / 4), Math.min(2 * scale, h / 3), palette.highlight());
            } else if (kind == INFERRED) {
                target.dottedOutline(x0, top, x1 - x0, h, scale, palette.failed());
            } else {
                target.outline(x0, top, x1 - x0, h, scale, palette.failed());
                if (kind == FAILED_END) {
                    cross(target, x1, top, h);
                }
            }
        }
    }

    /**
     * Fades the row's pixels outside the highlighted task's segments towards {@code background}, so that a
     * clicked task stands out in every panel: the rest of the picture steps back rather than the task being
     * merely outlined.
     */
    void fadeOthers(PixelRegion target, int top, int h, int background) {
        int w = target.width();
        if (keep.length < w) {
            keep = new boolean[w];
        }
        java.util.Arrays.fill(keep, 0, w, false);
        for (int i = 0; i < count; i += 3) {
            if (marks[i] == HIGHLIGHT) {
                java.util.Arrays.fill(keep, Math.max(0, marks[i + 1]), Math.min(w, Math.max(marks[i + 2],
                        marks[i + 1] + scale)), true);
            }
        }
        int[] px = target.argb();
        int bottom = Math.min(top + h, target.height());
        for (int y = Math.max(0, top); y < bottom; y++) {
            int base = target.index(0, y);
            for (int c = 0; c < w; c++) {
                if (!keep[c]) {
                    px[base + c] = 0xFF000000 | Palette.mix(px[base + c], background, FADE);
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
