package dev.concurrencylab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Sizes, fonts and colours of an exported picture at one scale: every length is given at 1× and multiplied,
 * so a 2× picture is repainted at twice the resolution rather than enlarged.
 */
final class PictureStyle {
    private static final BufferedImage MEASURE = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    final int scale;
    final Palette palette;
    final Font title;
    final Font body;
    final Font bold;
    final Font small;
    final Color text;
    final Color muted;
    final Color warning;
    final Color background;
    final Color grid;

    PictureStyle(Palette palette, int scale) {
        this(palette, scale, 1.0);
    }

    /** @param textZoom text larger or smaller than usual (the window's text size), 0.5 to 3 */
    PictureStyle(Palette palette, int scale, double textZoom) {
        if (!(textZoom >= 0.5 && textZoom <= 3)) {
            throw new IllegalArgumentException("text zoom must be 0.5 to 3, was " + textZoom);
        }
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("scale must be 1 to 4, was " + scale);
        }
        this.scale = scale;
        this.palette = palette;
        title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(18 * scale * textZoom));
        body = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * scale * textZoom));
        bold = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(12 * scale * textZoom));
        small = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * scale * textZoom));
        text = colour(palette.text());
        muted = colour(palette.muted());
        warning = colour(palette.warning());
        background = colour(palette.background());
        grid = colour(palette.grid());
    }

    /** Measures text before there is a picture to draw it on (to size the picture). */
    FontMetrics metrics(Font font) {
        Graphics2D g = MEASURE.createGraphics();
        try {
            prepare(g);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /** A length given at 1×, in this picture's pixels. */
    int px(double length) {
        return (int) Math.round(length * scale);
    }

    static Color colour(int argb) {
        return new Color(argb, false);
    }

    /** Antialiased text and shapes; lanes themselves are raster-painted and need none. */
    void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setStroke(new BasicStroke(scale));
    }

    /** Draws {@code s} ending at {@code right}. */
    void drawRight(Graphics2D g, String s, int right, int baseline) {
        g.drawString(s, right - g.getFontMetrics().stringWidth(s), baseline);
    }

    /** Draws {@code s} cut with an ellipsis to fit {@code width}, ending at {@code right}. */
    void drawRightFitted(Graphics2D g, String s, int right, int baseline, int width) {
        drawRight(g, fitted(g, s, width), right, baseline);
    }

    /** Draws {@code s} cut with an ellipsis to fit {@code width}, starting at {@code left}. */
    void drawLeftFitted(Graphics2D g, String s, int left, int baseline, int width) {
        g.drawString(fitted(g, s, width), left, baseline);
    }

    private static String fitted(Graphics2D g, String s, int width) {
        String fitted = s;
        while (fitted.length() > 1 && g.getFontMetrics().stringWidth(fitted) > width) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }
}
