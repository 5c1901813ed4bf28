package dev.concurrencylab.render;

import dev.concurrencylab.findings.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;

/**
 * Where a run's findings go on its timeline, for the window and the picture alike: a bracket over the finding's
 * span on the row of its first lane (or task, in the task view; the top row when it names none) and a numbered
 * badge at the bracket's start. Badges that would overlap on a row are moved right, one beside the other.
 */
public final class FindingMarkers {
    /**
     * @param number  the finding's number in its comparison
     * @param x0      the span's start in plot pixels (clipped to the plot)
     * @param x1      the span's end in plot pixels (clipped)
     * @param row     the layout row the marker sits on
     * @param rows    every layout row the finding concerns (its lanes or tasks), for highlighting
     * @param centreX the badge's centre
     * @param centreY the badge's centre
     */
    public record Marker(int number, Finding finding, double x0, double x1, int row, List<Integer> rows,
                         double centreX, double centreY) {
    }

    private FindingMarkers() {
    }

    /**
     * @param first  the number of the run's first finding
     * @param radius the badge's radius in pixels
     */
    public static List<Marker> place(List<Finding> findings, int first, LaneSet lanes, LaneLayout layout,
                                     TimeWindow window, int width, int height, double radius) {
        List<Marker> wanted = new ArrayList<>();
        for (int k = 0; k < findings.size() && layout.rows() > 0; k++) {
            Finding f = findings.get(k);
            double x0 = window.toX(f.startNanos(), width);
            double x1 = window.toX(f.endNanos(), width);
            if (x1 < 0 || x0 > width) {
                continue;
            }
            x0 = Math.max(0, x0);
            x1 = Math.min(width, Math.max(x0, x1));
            List<Integer> rows = rows(f, lanes, layout);
            int row = rows.isEmpty() ? 0 : rows.getFirst();
            double cy = layout.rowTop(row) + (layout.rowHeight() - layout.gap()) / 2.0;
            wanted.add(new Marker(first + k, f, x0, x1, row, rows, Math.max(radius, Math.min(width - radius,
                    x0 + radius)), Math.max(radius, Math.min(height - radius, cy))));
        }
        // on each row, left to right: a badge that would overlap the one before moves right beside it
        wanted.sort(Comparator.comparingInt(Marker::row).thenComparingDouble(Marker::centreX)
                .thenComparingInt(Marker::number));
        List<Marker> out = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Marker m = wanted.get(i);
            Marker before = out.isEmpty() ? null : out.getLast();
            double cx = before != null && before.row() == m.row()
                    ? Math.max(m.centreX(), before.centreX() + 2 * radius + 2) : m.centreX();
            out.add(new Marker(m.number(), m.finding(), m.x0(), m.x1(), m.row(), m.rows(), cx, m.centreY()));
        }
        return out;
    }

    /** The rows of the finding's lanes (thread view) or tasks (task view), the most telling first, no repeats. */
    private static List<Integer> rows(Finding f, LaneSet lanes, LaneLayout layout) {
        LinkedHashSet<Integer> rows = new LinkedHashSet<>();
        if (lanes.mode() == LaneMode.TASKS) {
            for (int t : f.tasks()) {
                if (t >= 0 && t < lanes.size()) {
                    rows.add(t / layout.lanesPerRow());
                }
            }
        } else {
            for (int id : f.lanes()) {
                int i = lanes.indexOfLane(id);
                if (i >= 0) {
                    rows.add(i / layout.lanesPerRow());
                }
            }
        }
        return List.copyOf(rows);
    }
}
