package dev.concurrencylab.render;

import dev.concurrencylab.engine.ModelEntry;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where a point's median was drawn on a sweep chart, in the picture's pixels, so a click can find the point.
 * Each model has its own shape (circle, square, triangle, diamond) as well as its colour.
 */
public record SweepMarker(ModelEntry model, int workers, double x, double y) {

    /** The marker nearest to (x, y) within {@code radius} pixels, or null. */
    public static SweepMarker nearest(List<SweepMarker> markers, double x, double y, double radius) {
        SweepMarker best = null;
        double bestD = radius * radius;
        for (SweepMarker m : markers) {
            double d = (m.x - x) * (m.x - x) + (m.y - y) * (m.y - y);
            if (d <= bestD) {
                best = m;
                bestD = d;
            }
        }
        return best;
    }

    static Shape shape(int series, double x, double y, double r) {
        return switch (Math.floorMod(series, 4)) {
            case 0 -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
            case 2 -> polygon(x, y - r * 1.15, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
            default -> polygon(x, y - r * 1.2, x + r * 1.2, y, x, y + r * 1.2, x - r * 1.2, y);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
