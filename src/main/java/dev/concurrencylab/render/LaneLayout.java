package dev.concurrencylab.render;

import java.util.Locale;

/**
 * Where lanes go in a plot of a given height: lanes shrink down to {@link #MIN_ROW} pixels, then neighbours
 * are aggregated so each row stands for a group of lanes (and the view says so).
 *
 * @param lanes       how many lanes there are
 * @param lanesPerRow 1, or the group size once lanes no longer fit
 * @param rows        rows painted
 * @param rowHeight   pixels per row, gap included
 * @param gap         blank pixels at the bottom of each row, so neighbours stay apart
 */
public record LaneLayout(int lanes, int lanesPerRow, int rows, int rowHeight, int gap) {
    /** Pixels (at scale 1) below which lanes are grouped rather than shrunk further. */
    public static final int MIN_ROW = 2;
    /** Pixels (at scale 1) a lane never grows beyond: a 2-lane panel should not be a wall of colour. */
    public static final int MAX_ROW = 22;

    public static LaneLayout of(int lanes, int height, int scale) {
        int max = MAX_ROW * scale;
        int min = MIN_ROW * scale;
        if (lanes <= 0 || height <= 0) {
            return new LaneLayout(Math.max(0, lanes), 1, 0, Math.min(max, Math.max(height, 1)), 0);
        }
        int per = 1;
        if ((long) lanes * min > height) {
            int fit = Math.max(1, height / min);
            per = (lanes + fit - 1) / fit;
        }
        int rows = (lanes + per - 1) / per;
        int rowHeight = Math.max(1, Math.min(max, height / rows));
        int gap = rowHeight >= 5 * scale ? scale : rowHeight >= 5 ? 1 : 0;
        return new LaneLayout(lanes, per, rows, rowHeight, gap);
    }

    public boolean aggregated() {
        return lanesPerRow > 1;
    }

    /** The height all rows take. */
    public int height() {
        return rows * rowHeight;
    }

    public int rowTop(int row) {
        return row * rowHeight;
    }

    /** The row at {@code y} pixels from the top, or -1 below the last. */
    public int rowAt(double y) {
        int r = (int) Math.floor(y / rowHeight);
        return y < 0 || r >= rows ? -1 : r;
    }

    public int firstLane(int row) {
        return row * lanesPerRow;
    }

    /** One past the last lane of the row. */
    public int endLane(int row) {
        return Math.min(lanes, (row + 1) * lanesPerRow);
    }

    /**
     * What the panel's header says when lanes are grouped, e.g. "10,000 lanes in 400 rows of 25" (each row shows
     * its group's main state); otherwise empty.
     */
    public String note() {
        if (!aggregated()) {
            return "";
        }
        return String.format(Locale.ROOT, "%,d lanes in %,d rows of %,d", lanes, rows, lanesPerRow);
    }
}
