package dev.concurrencylab.render;

import dev.concurrencylab.engine.State;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The legend of states (with their hatches), inferred GIL waits, the failed-task mark and the core line, on one
 * row.
 */
final class StateLegend {
    private final PictureStyle style;

    StateLegend(PictureStyle style) {
        this.style = style;
    }

    int height() {
        return style.px(20);
    }

    /** Draws the legend with its top-left corner at (x, y); swatches are raster-painted into {@code image}. */
    void paint(Graphics2D g, BufferedImage image, int[] pixels, int x, int y, int maxWidth) {
        g.setFont(style.body);
        int sw = style.px(18);
        int sh = style.px(12);
        int top = y + (height() - sh) / 2;
        int baseline = y + (height() + g.getFontMetrics().getAscent() - g.getFontMetrics().getDescent()) / 2;
        int cx = x;
        for (State s : State.values()) {
            if (cx + sw > x + maxWidth) {
                break;
            }
            swatch(image, pixels, style.palette.colour(s), style.palette.hatched(s)
                    ? style.palette.hatchColour(s) : null, cx, top, sw, sh);
            String label = StateText.label(s);
            g.setColor(style.text);
            g.drawString(label, cx + sw + style.px(5), baseline);
            cx += sw + style.px(5) + g.getFontMetrics().stringWidth(label) + style.px(14);
        }
        if (swatch(image, pixels, style.palette.colour(State.GIL_WAIT), style.palette.hatchColour(State.GIL_WAIT), cx,
                top, sw, sh)) {
            region(image, pixels, cx, top, sw, sh).dottedOutline(0, 0, sw, sh, style.scale, style.palette.failed());
            g.setColor(style.text);
            g.drawString(StateText.INFERRED_GIL_WAIT, cx + sw + style.px(5), baseline);
            cx += sw + style.px(5) + g.getFontMetrics().stringWidth(StateText.INFERRED_GIL_WAIT) + style.px(14);
        }
        PixelRegion mark = region(image, pixels, cx, top, sw, sh);
        if (mark != null) {
            mark.fill(0, 0, sw, sh, style.palette.colour(State.RUNNING));
            mark.outline(0, 0, sw, sh, style.scale, style.palette.failed());
            for (int i = 0; i < sh; i++) {
                int xi = sw - sh + i;
                mark.fill(xi, i, style.scale, 1, style.palette.failed());
                mark.fill(xi, sh - 1 - i, style.scale, 1, style.palette.failed());
            }
            g.setColor(style.text);
            g.drawString("failed task", cx + sw + style.px(5), baseline);
            cx += sw + style.px(5) + g.getFontMetrics().stringWidth("failed task") + style.px(14);
        }
        if (swatch(image, pixels, style.palette.timeSliced(), style.palette.timeSlicedStripe(), cx, top, sw, sh)) {
            g.setColor(style.text);
            g.drawString("more running than cores", cx + sw + style.px(5), baseline);
            cx += sw + style.px(5) + g.getFontMetrics().stringWidth("more running than cores") + style.px(14);
        }
        g.setColor(style.text);
        int ly = top + sh / 2;
        for (int i = 0; i < sw; i += style.px(4)) {
            g.fillRect(cx + i, ly, style.px(2), style.scale);
        }
        g.drawString("cores (utilisation strip)", cx + sw + style.px(5), baseline);
    }

    /** A swatch of {@code fill}, hatched with {@code stripe} unless null; false when it falls outside the image. */
    private boolean swatch(BufferedImage image, int[] pixels, int fill, Integer stripe, int x, int y, int w, int h) {
        PixelRegion r = region(image, pixels, x, y, w, h);
        if (r == null) {
            return false;
        }
        int period = 6 * style.scale;
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                boolean striped = stripe != null && (col + y + row) % period < 2 * style.scale;
                r.argb()[r.index(col, row)] = striped ? stripe : fill;
            }
        }
        return true;
    }

    static PixelRegion region(BufferedImage image, int[] pixels, int x, int y, int w, int h) {
        if (x < 0 || y < 0 || x + w > image.getWidth() || y + h > image.getHeight()) {
            return null;
        }
        return new PixelRegion(pixels, image.getWidth(), x, y, w, h);
    }
}
