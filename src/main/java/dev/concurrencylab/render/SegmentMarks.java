package dev.concurrencylab.render;

import java.util.Arrays;

/**
 * What is drawn over one lane row after its colours: a gap where one task's segment follows another's back to
 * back, the highlighted task's outline, failed tasks' outlines with an × where the task ended, and a dotted
 * outline around inferred segments. Collected while {@link LaneRaster} visits the row's segments.
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
                target.outline(x0 - scale, top, x1 - x0 + 2 * scale, h, Math.min(2 * scale, h / 2), palette.highlight());
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
