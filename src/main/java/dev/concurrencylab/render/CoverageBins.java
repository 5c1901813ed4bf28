package dev.concurrencylab.render;

/**
 * A level-of-detail summary of a finished trace: for each row of a {@link LaneLayout} (a group of lanes), how much
 * of each of {@code bins} equal time bins over the whole trace each state covers, summed over the row's lanes.
 * Built once per immutable snapshot and grouping with the same sums as exact painting (at bin resolution), so a
 * zoomed-out frame costs a few bins per pixel column instead of every segment behind it.
 *
 * <p>A column is given the whole bins whose centres fall inside it, so its edges move to the nearest bin edge:
 * with at least {@link #MIN_BINS_PER_COLUMN} bins per column, by at most a quarter of a pixel. That is the only
 * difference from exact painting; shares are averaged over the bins taken, so the merge rule and the utilisation
 * counts are otherwise unchanged, and a segment of any width still adds a share above zero to its column.
 */
final class CoverageBins {
    static final int MIN_BINS_PER_COLUMN = 2;

    private final int lanesPerRow;
    private final int bins;
    /** Bins cover [0, extent): the latest segment end. */
    private final long extent;
    private final int[] states;
    /** Per row: for each state set in {@code states[row]}, in order, {@code bins} coverage totals (lane-bins). */
    private final float[][] totals;

    private CoverageBins(int lanesPerRow, int bins, long extent, int[] states, float[][] totals) {
        this.lanesPerRow = lanesPerRow;
        this.bins = bins;
        this.extent = extent;
        this.states = states;
        this.totals = totals;
    }

    /** Sums every segment of every lane (open ones excluded: a finished trace has none) into bins per row. */
    static CoverageBins of(LaneColumns cols, int lanesPerRow, int bins) {
        long extent = 1;
        for (long e : cols.end) {
            extent = Math.max(extent, e);
        }
        int lanes = cols.lanes();
        int rows = (lanes + lanesPerRow - 1) / lanesPerRow;
        int[] states = new int[rows];
        float[][] totals = new float[rows][];
        double binsPerNs = bins / (double) extent;
        Coverage cov = new Coverage();
        for (int row = 0; row < rows; row++) {
            cov.reset(bins);
            for (int lane = row * lanesPerRow; lane < Math.min(lanes, (row + 1) * lanesPerRow); lane++) {
                for (int i = cols.offset[lane]; i < cols.offset[lane + 1]; i++) {
                    cov.cover(cols.state[i], cols.start[i] * binsPerNs, cols.end[i] * binsPerNs);
                }
            }
            int seen = cov.statesSeen;
            float[] out = new float[Integer.bitCount(seen) * bins];
            for (int st = 0, k = 0; st < Coverage.STATES; st++) {
                if ((seen & (1 << st)) != 0) {
                    cov.take(st, Math.max(0, cov.touchedMin), cov.touchedMax, out, k * bins + Math.max(0, cov.touchedMin));
                    k++;
                }
            }
            states[row] = seen;
            totals[row] = out;
        }
        return new CoverageBins(lanesPerRow, bins, extent, states, totals);
    }

    int lanesPerRow() {
        return lanesPerRow;
    }

    int bins() {
        return bins;
    }

    /** True when columns of {@code nsPerColumn} span enough bins for this summary to stand in for the segments. */
    boolean fineEnoughFor(double nsPerColumn) {
        return nsPerColumn * bins >= MIN_BINS_PER_COLUMN * (double) extent;
    }

    /**
     * Maps each of {@code w} columns of a window starting at {@code startNanos} to its bins: column {@code c} takes
     * bins {@code from[c]} to {@code from[c + 1]} (clamped to the summary), and {@code inv[c]} is one over the
     * number of bins its snapped span holds, in or out of the trace.
     */
    void mapColumns(long startNanos, double nsPerColumn, int w, int[] from, float[] inv) {
        double binsPerNs = bins / (double) extent;
        long prev = Math.round(startNanos * binsPerNs);
        from[0] = (int) Math.clamp(prev, 0, bins);
        for (int c = 1; c <= w; c++) {
            long edge = Math.round((startNanos + c * nsPerColumn) * binsPerNs);
            from[c] = (int) Math.clamp(edge, 0, bins);
            inv[c - 1] = 1f / Math.max(1, edge - prev);
            prev = edge;
        }
    }

    /** The states row {@code row} ever shows, as bits by ordinal. */
    int states(int row) {
        return states[row];
    }

    /**
     * Writes row {@code row}'s total for state {@code st} (one of {@link #states}) per column into {@code out}: the
     * average over the column's bins, so a column fully covered by one lane gets 1 as in exact painting.
     */
    void columnTotals(int row, int st, int[] from, float[] inv, int w, float[] out) {
        float[] data = totals[row];
        int base = Integer.bitCount(states[row] & ((1 << st) - 1)) * bins;
        int last = base + bins - 1;
        for (int c = 0; c < w; c++) {
            int b0 = base + from[c];
            int n = from[c + 1] - from[c];
            float sum;
            if (n >= 2 && n <= 4) {
                // a fitted overview's columns take 2 to 4 bins: summed without a loop whose length varies column to
                // column (a mispredicted branch each), in the same order as the loop below
                float third = data[Math.min(b0 + 2, last)];
                float fourth = data[Math.min(b0 + 3, last)];
                sum = data[b0] + data[b0 + 1] + (n >= 3 ? third : 0f) + (n == 4 ? fourth : 0f);
            } else {
                sum = 0;
                for (int b = b0; b < b0 + n; b++) {
                    sum += data[b];
                }
            }
            out[c] = sum * inv[c];
        }
    }
}
