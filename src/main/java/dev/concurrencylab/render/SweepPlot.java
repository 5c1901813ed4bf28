package dev.concurrencylab.render;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.sweep.CurvePoint;
import dev.concurrencylab.sweep.LittleLaw;
import dev.concurrencylab.sweep.ModelCurve;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepResult;
import dev.concurrencylab.sweep.SweepTexts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * The sweep chart's plot: axes and grid, the ideal linear line, the core count, Little's law for I/O work, each
 * model's fitted laws (USL solid, Amdahl dashed) and its points (median marker, min–max whisker).
 */
final class SweepPlot {
    static final int GUTTER_LEFT = 64;
    static final int GUTTER_BOTTOM = 46;
    private static final int MARKER = 9;

    private final PictureStyle style;
    private final SweepResult sweep;
    private final boolean throughput;
    private final boolean log2;
    /** Reference lines' names already placed, so a second one moves below instead of on top. */
    private final List<java.awt.Rectangle> labels = new ArrayList<>();

    SweepPlot(PictureStyle style, SweepResult sweep, boolean throughput, boolean log2) {
        this.style = style;
        this.sweep = sweep;
        this.throughput = throughput;
        this.log2 = log2;
    }

    /** Paints into the rectangle (axis labels included) and returns where each point's median went. */
    List<SweepMarker> paint(Graphics2D g, int x, int y, int w, int h) {
        SweepAxes axes = axes(x + style.px(GUTTER_LEFT), y + style.px(8), w - style.px(GUTTER_LEFT + 12),
                h - style.px(GUTTER_BOTTOM + 8));
        grid(g, axes);
        // curves are sampled every two pixels: pure strokes keep them smooth instead of snapped to the pixel grid
        g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
        Shape clip = g.getClip();
        g.clipRect((int) axes.left(), (int) axes.top() - style.px(4), (int) axes.width() + 1,
                (int) axes.height() + style.px(4) + 1);
        references(g, axes);
        List<SweepMarker> markers = new ArrayList<>();
        List<ModelCurve> curves = sweep.analysis().curves();
        for (int i = 0; i < curves.size(); i++) {
            curve(g, axes, curves.get(i), i);
        }
        g.setClip(clip);
        for (int i = 0; i < curves.size(); i++) {
            markers.addAll(points(g, axes, curves.get(i), i));
        }
        return markers;
    }

    private int firstCount() {
        return sweep.spec().workers().getFirst();
    }

    /** The x range covers the sweep's counts (so points land in place as they come); y covers what is shown. */
    private SweepAxes axes(double left, double top, double width, double height) {
        int min = firstCount();
        int max = sweep.spec().workers().getLast();
        for (ModelKind m : sweep.config().kinds()) {
            for (int n : SweepPlan.counts(m, sweep.spec())) {
                min = Math.min(min, n);
                max = Math.max(max, n);
            }
        }
        double top1 = 0;
        for (ModelCurve c : sweep.analysis().curves()) {
            for (CurvePoint p : c.points()) {
                top1 = Math.max(top1, throughput ? p.maxThroughput() : p.maxSpeedup());
            }
            if (c.fitted()) {
                for (int n : sweep.spec().workers()) {
                    top1 = Math.max(top1, value(c, c.usl().capacity(n) / c.usl().capacity(c.firstCount())));
                }
            }
        }
        if (!throughput && sweep.cores() <= max) { // the ideal line rises at least to the core count
            top1 = Math.max(top1, (double) sweep.cores() / firstCount());
        }
        return SweepAxes.of(min, max, log2, top1 > 0 ? top1 : 1, left, top, width, height);
    }

    private double value(ModelCurve c, double speedup) {
        return throughput ? speedup * c.baseline() : speedup;
    }

    private void grid(Graphics2D g, SweepAxes a) {
        g.setFont(style.small);
        var fm = g.getFontMetrics();
        for (double v : a.yTicks()) {
            int py = (int) Math.round(a.y(v));
            g.setColor(style.grid);
            g.drawLine((int) a.left(), py, (int) a.right(), py);
            g.setColor(style.muted);
            style.drawRight(g, number(v), (int) a.left() - style.px(6), py + fm.getAscent() / 2 - style.px(1));
        }
        for (int n : a.xTicks()) {
            int px = (int) Math.round(a.x(n));
            g.setColor(style.grid);
            g.drawLine(px, (int) a.top(), px, (int) a.bottom());
            g.setColor(style.muted);
            String s = Integer.toString(n);
            g.drawString(s, px - fm.stringWidth(s) / 2, (int) a.bottom() + style.px(4) + fm.getAscent());
        }
        g.setColor(style.text);
        g.drawLine((int) a.left(), (int) a.bottom(), (int) a.right(), (int) a.bottom());
        g.drawLine((int) a.left(), (int) a.top(), (int) a.left(), (int) a.bottom());
        g.setFont(style.body);
        String xTitle = SweepTexts.countAxis(sweep.config().kinds()) + (log2 ? " (log₂ scale)" : "");
        g.drawString(xTitle, (int) (a.left() + (a.width() - g.getFontMetrics().stringWidth(xTitle)) / 2),
                (int) a.bottom() + style.px(GUTTER_BOTTOM - 8));
        String yTitle = throughput ? "throughput (tasks/s)" : "speed-up (× its first count)";
        var saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yTitle, (int) -(a.top() + (a.height() + g.getFontMetrics().stringWidth(yTitle)) / 2),
                (int) a.left() - style.px(GUTTER_LEFT - 14));
        g.setTransform(saved);
    }

    /** The ideal line, the core count and Little's law: what the measured curves are read against. */
    private void references(Graphics2D g, SweepAxes a) {
        double n0 = firstCount();
        g.setFont(style.small);
        if (a.containsCount(sweep.cores())) { // first, so the lines' names move aside for its name
            int px = (int) Math.round(a.x(sweep.cores()));
            g.setColor(style.muted);
            g.setStroke(new BasicStroke(style.px(1.4), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {style.px(5), style.px(4)}, 0));
            g.drawLine(px, (int) a.top(), px, (int) a.bottom());
            g.setStroke(new BasicStroke(style.scale));
            String name = sweep.cores() + " cores";
            var fm = g.getFontMetrics();
            java.awt.Rectangle box = new java.awt.Rectangle(px + style.px(4), (int) a.top() + style.px(2),
                    fm.stringWidth(name), fm.getHeight());
            labels.add(box);
            g.drawString(name, box.x, box.y + fm.getAscent());
        }
        if (!throughput) {
            g.setColor(style.text);
            line(g, a, n -> n / n0, thin(1.2f));
            label(g, a, "ideal", n -> n / n0);
        } else {
            List<ModelCurve> curves = sweep.analysis().curves();
            for (int i = 0; i < curves.size(); i++) {
                ModelCurve c = curves.get(i);
                if (SweepPlan.sweeps(c.model().kind()) && c.baseline() > 0) {
                    g.setColor(translucent(series(i), 0.6));
                    double base = c.baseline();
                    int first = c.firstCount();
                    line(g, a, n -> base * n / first, thin(1f));
                }
            }
        }
        LittleLaw little = sweep.analysis().little();
        if (little != null) {
            g.setColor(style.muted);
            double at0 = little.throughput(n0);
            DoubleUnaryOperator law = throughput ? little::throughput : n -> little.throughput(n) / at0;
            line(g, a, law, new BasicStroke(style.px(1.6), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {style.px(9), style.px(3), style.px(2), style.px(3)}, 0));
            label(g, a, "Little's law", law);
        }
    }

    /** The fitted laws where there are fits; otherwise the medians joined by a thin line. */
    private void curve(Graphics2D g, SweepAxes a, ModelCurve c, int index) {
        g.setColor(series(index));
        if (c.fitted()) {
            double first = c.firstCount();
            double base = c.usl().capacity(first);
            double baseAmdahl = c.amdahl().speedup(first);
            line(g, a, n -> value(c, c.usl().capacity(n) / base), first, thin(2.2f));
            line(g, a, n -> value(c, c.amdahl().speedup(n) / baseAmdahl), first,
                    new BasicStroke(style.px(1.4), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                            new float[] {style.px(6), style.px(4)}, 0));
        } else if (c.points().size() > 1) {
            Path2D path = new Path2D.Double();
            for (CurvePoint p : c.points()) {
                double px = a.x(p.workers());
                double py = a.y(throughput ? p.throughput() : p.speedup());
                if (path.getCurrentPoint() == null) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            g.setColor(translucent(series(index), 0.55));
            g.setStroke(thin(1.2f));
            g.draw(path);
        }
        g.setStroke(new BasicStroke(style.scale));
    }

    private List<SweepMarker> points(Graphics2D g, SweepAxes a, ModelCurve c, int index) {
        List<SweepMarker> out = new ArrayList<>();
        Color colour = series(index);
        double r = style.px(MARKER) / 2.0;
        for (CurvePoint p : c.points()) {
            double px = a.x(p.workers());
            double lo = a.y(throughput ? p.minThroughput() : p.minSpeedup());
            double hi = a.y(throughput ? p.maxThroughput() : p.maxSpeedup());
            double mid = a.y(throughput ? p.throughput() : p.speedup());
            g.setColor(colour);
            g.setStroke(thin(1.4f));
            if (hi < lo - 1) {
                g.draw(new java.awt.geom.Line2D.Double(px, lo, px, hi));
                g.draw(new java.awt.geom.Line2D.Double(px - r * 0.7, lo, px + r * 0.7, lo));
                g.draw(new java.awt.geom.Line2D.Double(px - r * 0.7, hi, px + r * 0.7, hi));
            }
            Shape marker = SweepMarker.shape(index, px, mid, r);
            g.fill(marker);
            g.setColor(style.background);
            g.setStroke(thin(1f));
            g.draw(marker);
            out.add(new SweepMarker(c.model(), p.workers(), px, mid));
        }
        g.setStroke(new BasicStroke(style.scale));
        return out;
    }

    /** A function of the count drawn across the whole axis (the clip keeps it inside the plot). */
    private void line(Graphics2D g, SweepAxes a, DoubleUnaryOperator f, Stroke stroke) {
        line(g, a, f, a.xMin(), stroke);
    }

    private void line(Graphics2D g, SweepAxes a, DoubleUnaryOperator f, double from, Stroke stroke) {
        Path2D path = new Path2D.Double();
        double step = style.px(2);
        for (double px = Math.max(a.left(), a.x(from)); px <= a.right() + step; px += step) {
            double n = a.count(Math.min(px, a.right()));
            double v = f.applyAsDouble(n);
            double py = Math.max(a.top() - style.px(20), Math.min(a.bottom(), a.y(v)));
            if (path.getCurrentPoint() == null) {
                path.moveTo(px, py);
            } else {
                path.lineTo(Math.min(px, a.right()), py);
            }
        }
        g.setStroke(stroke);
        g.draw(path);
        g.setStroke(new BasicStroke(style.scale));
    }

    /** A reference line's name, where it leaves the plot (its top, or its right end). */
    private void label(Graphics2D g, SweepAxes a, String text, DoubleUnaryOperator f) {
        var fm = g.getFontMetrics();
        double end = f.applyAsDouble(a.xMax());
        double px;
        double py;
        if (a.y(end) >= a.top()) {
            px = a.right() - fm.stringWidth(text) - style.px(4);
            py = a.y(f.applyAsDouble(a.count(px))) - style.px(5);
        } else {
            double lo = a.left();
            double hi = a.right();
            for (int i = 0; i < 40; i++) { // where the line crosses the top
                double midPx = (lo + hi) / 2;
                if (a.y(f.applyAsDouble(a.count(midPx))) < a.top()) {
                    hi = midPx;
                } else {
                    lo = midPx;
                }
            }
            px = lo - fm.stringWidth(text) - style.px(6);
            py = a.top() + fm.getAscent() + style.px(2);
        }
        java.awt.Rectangle box = new java.awt.Rectangle((int) px, (int) py - fm.getAscent(), fm.stringWidth(text),
                fm.getHeight());
        while (labels.stream().anyMatch(box::intersects)) {
            box.translate(0, fm.getHeight());
        }
        labels.add(box);
        g.drawString(text, box.x, box.y + fm.getAscent());
    }

    private BasicStroke thin(float width) {
        return new BasicStroke(width * style.scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private Color series(int index) {
        return PictureStyle.colour(style.palette.series(index));
    }

    private static Color translucent(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    /** Tick labels: 2, 2.5, 1,200. */
    static String number(double v) {
        if (v >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, v < 1 ? "%.2f" : "%.1f", v).replaceAll("0+$", "");
    }
}
