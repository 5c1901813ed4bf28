package dev.concurrencylab.render;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.sweep.ModelCurve;
import dev.concurrencylab.sweep.SweepResult;
import dev.concurrencylab.sweep.SweepSpec;
import dev.concurrencylab.sweep.SweepTexts;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A sweep as a picture, without a display: title and caption, the chart ({@link SweepPlot}), and a legend with
 * each model's fitted laws. The window shows this same picture at its own size and only adds clicks; the PNG
 * export paints it at 1× or repaints it at 2×.
 */
public final class SweepPicture {
    /** Which value the chart's y axis shows. */
    public enum Axis { SPEEDUP, THROUGHPUT }

    /**
     * How a picture looks.
     *
     * @param width    at 1×, in pixels
     * @param height   at 1×, in pixels
     * @param textZoom text larger or smaller than usual (the window's text size)
     */
    public record Options(int scale, Palette palette, int width, int height, Axis axis, boolean log2,
                          double textZoom) {
        public Options {
            if (scale < 1 || scale > 4) {
                throw new IllegalArgumentException("scale must be 1 to 4, was " + scale);
            }
            if (width < 200 || width > 8000 || height < 150 || height > 8000) {
                throw new IllegalArgumentException("size must be 200–8000 × 150–8000 pixels, was " + width + " × "
                        + height);
            }
        }

        public static Options defaults() {
            return new Options(1, Palette.LIGHT, 1200, 760, Axis.SPEEDUP, false, 1.0);
        }

        public Options withScale(int v) {
            return new Options(v, palette, width, height, axis, log2, textZoom);
        }

        public Options withPalette(Palette v) {
            return new Options(scale, v, width, height, axis, log2, textZoom);
        }

        public Options withSize(int w, int h) {
            return new Options(scale, palette, w, h, axis, log2, textZoom);
        }

        public Options withAxis(Axis v) {
            return new Options(scale, palette, width, height, v, log2, textZoom);
        }

        public Options withLog2(boolean v) {
            return new Options(scale, palette, width, height, axis, v, textZoom);
        }

        public Options withTextZoom(double v) {
            return new Options(scale, palette, width, height, axis, log2, v);
        }
    }

    private static final int MARGIN = 16;
    private static final int ROW = 20;

    private final SweepResult sweep;
    private final String title;
    private final String caption;
    private final Options options;
    private final PictureStyle style;
    private List<SweepMarker> markers = List.of();

    public SweepPicture(SweepResult sweep, String title, String caption, Options options) {
        this.sweep = sweep;
        this.title = title;
        this.caption = caption == null ? "" : caption;
        this.options = options;
        this.style = new PictureStyle(options.palette(), options.scale(), options.textZoom());
    }

    /** "Concurrency Lab — sweep of cpu-hash: pool vs gil". */
    public static String title(ExperimentConfig config) {
        return "Concurrency Lab — sweep of " + config.workload().kind().id() + ": "
                + config.models().stream().map(ModelEntry::id).collect(Collectors.joining(" vs "));
    }

    /** "64 × cpu-hash 10000 rounds · workers 1..8 · 3 repeats (median, min–max) · 2 cores · Java 25". */
    public static String caption(SweepSpec spec, String workloadDescription, int cores) {
        return String.format(Locale.ROOT, "%s · workers %s · %d %s (median, min–max) · %d cores · Java %d",
                workloadDescription, spec.workersText(), spec.repeats(), spec.repeats() == 1 ? "repeat" : "repeats",
                cores, Runtime.version().feature());
    }

    /** Where each point's median was drawn by the last {@link #render}, in the picture's pixels. */
    public List<SweepMarker> markers() {
        return markers;
    }

    public BufferedImage render() {
        int width = style.px(options.width());
        int height = style.px(options.height());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            style.prepare(g);
            g.setColor(style.background);
            g.fillRect(0, 0, width, height);
            int x = style.px(MARGIN);
            int inner = width - 2 * x;
            int y = style.px(MARGIN);
            g.setColor(style.text);
            g.setFont(style.title);
            g.drawString(title, x, y + g.getFontMetrics().getAscent());
            y += g.getFontMetrics().getHeight() + style.px(4);
            g.setFont(style.body);
            g.setColor(style.muted);
            int line = g.getFontMetrics().getHeight();
            for (String l : caption.isEmpty() ? new String[0] : caption.split("\n")) {
                g.drawString(l, x, y + g.getFontMetrics().getAscent());
                y += line;
            }
            y += style.px(6);
            int legendRows = sweep.analysis().curves().size() + 1;
            int rowHeight = Math.max(style.px(ROW), line + style.px(4));
            int legendTop = height - style.px(MARGIN) - legendRows * rowHeight;
            int plotHeight = Math.max(style.px(60), legendTop - y - style.px(8));
            markers = List.copyOf(new SweepPlot(style, sweep, options.axis() == Axis.THROUGHPUT, options.log2())
                    .paint(g, x, y, inner, plotHeight));
            legend(g, x, y + plotHeight + style.px(8), inner, rowHeight);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void legend(Graphics2D g, int x, int y, int width, int row) {
        g.setFont(style.body);
        var fm = g.getFontMetrics();
        List<ModelCurve> curves = sweep.analysis().curves();
        g.setFont(style.bold);
        int nameWidth = style.px(110);
        for (ModelCurve c : curves) { // a model in its own interpreter has a longer name than the usual column
            nameWidth = Math.max(nameWidth, g.getFontMetrics().stringWidth(c.model().id()) + style.px(10));
        }
        for (int i = 0; i < curves.size(); i++) {
            ModelCurve c = curves.get(i);
            int baseline = y + (row + fm.getAscent() - fm.getDescent()) / 2;
            g.setColor(PictureStyle.colour(style.palette.series(i)));
            g.fill(SweepMarker.shape(i, x + style.px(6), y + row / 2.0, style.px(9) / 2.0));
            g.setColor(style.text);
            g.setFont(style.bold);
            g.drawString(c.model().id(), x + style.px(18), baseline);
            g.setFont(style.body);
            String disturbed = MeasurementNote.count(sweep.points().stream().filter(p -> p.model().equals(c.model()))
                    .map(p -> p.result()).toList());
            String text = SweepTexts.fits(c) + (disturbed.isEmpty() ? "" : " · " + disturbed);
            fitted(g, text, x + style.px(18) + nameWidth, baseline, width - nameWidth - style.px(18));
            y += row;
        }
        keys(g, x, y, row);
    }

    /** The line styles' meanings, drawn with the lines themselves. */
    private void keys(Graphics2D g, int x, int y, int row) {
        g.setFont(style.small);
        var fm = g.getFontMetrics();
        int mid = y + row / 2;
        int baseline = y + (row + fm.getAscent() - fm.getDescent()) / 2;
        int sample = style.px(26);
        String[] names = {"USL fit", "Amdahl fit", options.axis() == Axis.SPEEDUP ? "ideal (linear)" : "ideal, per model",
            sweep.cores() + " cores", sweep.analysis().little() != null ? "Little's law" : null,
            "marker: median, whisker: min–max"};
        float[][] dashes = {null, {6, 4}, null, {5, 4}, {9, 3, 2, 3}, null};
        int cx = x;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                continue;
            }
            if (i < 5) {
                g.setColor(i < 2 ? PictureStyle.colour(style.palette.series(0)) : i == 2 ? style.text : style.muted);
                float[] d = dashes[i];
                if (d != null) {
                    float[] scaled = new float[d.length];
                    for (int k = 0; k < d.length; k++) {
                        scaled[k] = d[k] * style.scale;
                    }
                    d = scaled;
                }
                g.setStroke(new BasicStroke(style.px(i == 0 ? 2.2 : 1.4), BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 10, d, 0));
                if (i == 3) {
                    g.drawLine(cx + sample / 2, y + style.px(3), cx + sample / 2, y + row - style.px(3));
                } else {
                    g.drawLine(cx, mid, cx + sample, mid);
                }
                g.setStroke(new BasicStroke(style.scale));
                cx += sample + style.px(6);
            }
            g.setColor(style.muted);
            g.drawString(names[i], cx, baseline);
            cx += fm.stringWidth(names[i]) + style.px(18);
        }
    }

    private void fitted(Graphics2D g, String text, int x, int baseline, int width) {
        String t = text;
        while (t.length() > 1 && g.getFontMetrics().stringWidth(t) > width) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        g.drawString(t, x, baseline);
    }
}
