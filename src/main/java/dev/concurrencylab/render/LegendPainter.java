package dev.concurrencylab.render;

import dev.concurrencylab.engine.State;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The legend of a picture: {@link LegendEntries} with their swatches (states with their hatches, the failed-task
 * mark, the strip's time-sliced colour and core line), wrapped into as many rows as the width needs.
 */
final class LegendPainter {
    private static final int ROW = 20;
    private static final int SWATCH_W = 18;
    private static final int SWATCH_H = 12;
    private static final int TEXT_GAP = 5;
    private static final int ENTRY_GAP = 14;
    private final PictureStyle style;

    LegendPainter(PictureStyle style) {
        this.style = style;
    }

    private List<List<LegendEntries.Entry>> rows(FontMetrics fm, int maxWidth) {
        return LegendEntries.rows(LegendEntries.all(), e -> entryWidth(fm, e), style.px(ENTRY_GAP), maxWidth);
    }

    private int entryWidth(FontMetrics fm, LegendEntries.Entry e) {
        return style.px(SWATCH_W + TEXT_GAP) + fm.stringWidth(e.label());
    }

    int height(int maxWidth) {
        return style.px(ROW) * rows(style.metrics(style.body), maxWidth).size();
    }

    /** Draws the legend with its top-left corner at (x, y); swatches are raster-painted into {@code image}. */
    void paint(Graphics2D g, BufferedImage image, int[] pixels, int x, int y, int maxWidth) {
        g.setFont(style.body);
        FontMetrics fm = g.getFontMetrics();
        int sw = style.px(SWATCH_W);
        int sh = style.px(SWATCH_H);
        int rowTop = y;
        for (List<LegendEntries.Entry> row : rows(fm, maxWidth)) {
            int top = rowTop + (style.px(ROW) - sh) / 2;
            int baseline = rowTop + (style.px(ROW) + fm.getAscent() - fm.getDescent()) / 2;
            int cx = x;
            for (LegendEntries.Entry e : row) {
                swatch(image, pixels, e, cx, top, sw, sh);
                g.setColor(style.text);
                g.drawString(e.label(), cx + sw + style.px(TEXT_GAP), baseline);
                cx += entryWidth(fm, e) + style.px(ENTRY_GAP);
            }
            rowTop += style.px(ROW);
        }
    }

    private void swatch(BufferedImage image, int[] pixels, LegendEntries.Entry e, int x, int y, int w, int h) {
        PixelRegion r = region(image, pixels, x, y, w, h);
        if (r == null) {
            return;
        }
        Palette p = style.palette;
        switch (e.swatch()) {
            case STATE -> hatch(r, p.colour(e.state()), p.hatched(e.state()) ? p.hatchColour(e.state()) : null, y);
            case INFERRED -> {
                hatch(r, p.colour(e.state()), p.hatchColour(e.state()), y);
                r.dottedOutline(0, 0, w, h, style.scale, p.failed());
            }
            case TIME_SLICED -> hatch(r, p.timeSliced(), p.timeSlicedStripe(), y);
            case FAILED -> {
                r.fill(0, 0, w, h, p.colour(State.RUNNING));
                r.outline(0, 0, w, h, style.scale, p.failed());
                for (int i = 0; i < h; i++) {
                    int xi = w - h + i;
                    r.fill(xi, i, style.scale, 1, p.failed());
                    r.fill(xi, h - 1 - i, style.scale, 1, p.failed());
                }
            }
            case CORE_LINE -> {
                r.fill(0, 0, w, h, p.background());
                for (int i = 0; i < w; i += style.px(4)) {
                    r.fill(i, h / 2, Math.min(style.px(2), w - i), style.scale, p.text());
                }
            }
        }
    }

    /** {@code fill}, striped diagonally with {@code stripe} unless null. */
    private void hatch(PixelRegion r, int fill, Integer stripe, int y) {
        int period = 6 * style.scale;
        for (int row = 0; row < r.height(); row++) {
            for (int col = 0; col < r.width(); col++) {
                boolean striped = stripe != null && (col + y + row) % period < 2 * style.scale;
                r.argb()[r.index(col, row)] = striped ? stripe : fill;
            }
        }
    }

    static PixelRegion region(BufferedImage image, int[] pixels, int x, int y, int w, int h) {
        if (x < 0 || y < 0 || x + w > image.getWidth() || y + h > image.getHeight()) {
            return null;
        }
        return new PixelRegion(pixels, image.getWidth(), x, y, w, h);
    }
}
