package dev.concurrencylab.render;

/**
 * A rectangle of an ARGB pixel buffer (row-major, {@code stride} ints per row): where a raster painter draws.
 * The buffer may be a JavaFX {@code PixelBuffer}'s or a {@code BufferedImage}'s, so a screen and a PNG share
 * one painting code.
 */
public record PixelRegion(int[] argb, int stride, int x, int y, int width, int height) {
    public PixelRegion {
        if (width < 0 || height < 0 || x < 0 || y < 0 || x + width > stride
                || (long) (y + height) * stride > argb.length) {
            throw new IllegalArgumentException("region " + width + "×" + height + " at " + x + "," + y
                    + " does not fit a buffer of stride " + stride + " and " + argb.length + " pixels");
        }
    }

    /** The whole of a {@code width × height} buffer. */
    public static PixelRegion of(int[] argb, int width, int height) {
        return new PixelRegion(argb, width, 0, 0, width, height);
    }

    /** The index in {@link #argb()} of the pixel at column {@code col}, row {@code row} of this region. */
    public int index(int col, int row) {
        return (y + row) * stride + x + col;
    }

    public void fill(int col, int row, int w, int h, int colour) {
        int c0 = Math.max(0, col);
        int c1 = Math.min(width, col + w);
        int r1 = Math.min(height, row + h);
        for (int r = Math.max(0, row); r < r1; r++) {
            int base = index(0, r);
            java.util.Arrays.fill(argb, base + c0, Math.max(base + c0, base + c1), colour);
        }
    }

    /**
     * A dotted {@code w × h} outline: dots {@code t} pixels square, one every {@code 3t} pixels counted from the
     * region's edge, so outlines that meet continue one another's dots.
     */
    public void dottedOutline(int col, int row, int w, int h, int t, int colour) {
        int step = 3 * t;
        for (int c = Math.floorDiv(col + step - 1, step) * step; c < col + w; c += step) {
            fill(c, row, Math.min(t, col + w - c), t, colour);
            fill(c, row + h - t, Math.min(t, col + w - c), t, colour);
        }
        for (int r = row; r < row + h; r += step) {
            fill(col, r, t, Math.min(t, row + h - r), colour);
            fill(col + w - t, r, t, Math.min(t, row + h - r), colour);
        }
    }

    /** A {@code w × h} outline {@code t} pixels thick. */
    public void outline(int col, int row, int w, int h, int t, int colour) {
        fill(col, row, w, t, colour);
        fill(col, row + h - t, w, t, colour);
        fill(col, row, t, h, colour);
        fill(col + w - t, row, t, h, colour);
    }
}
