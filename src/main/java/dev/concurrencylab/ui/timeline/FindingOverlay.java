package dev.concurrencylab.ui.timeline;

import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.render.FindingMarkers;
import dev.concurrencylab.render.LaneLayout;
import dev.concurrencylab.render.LaneSet;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.TimeWindow;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The findings' markers over a timeline's lanes, where {@link FindingMarkers} puts them (as in an exported picture):
 * a bracket over each finding's span and its numbered badge, sized with the timeline's text; the picked finding's
 * rows are highlighted over its span.
 */
final class FindingOverlay {
    private final Canvas canvas = new Canvas();

    FindingOverlay() {
        canvas.setMouseTransparent(true);
        canvas.setId("finding-overlay");
    }

    Canvas canvas() {
        return canvas;
    }

    void layout(double x, double width, double height) {
        canvas.relocate(x, 0);
        canvas.setWidth(width);
        canvas.setHeight(height);
    }

    /**
     * @param run      which run of {@code findings} the timeline shows; -1 for none
     * @param selected the number of the picked finding, or -1
     */
    void paint(Palette p, LaneSet lanes, LaneLayout layout, TimeWindow window, ComparisonFindings findings, int run,
               boolean shown, int selected, double fontSize) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        int width = (int) canvas.getWidth();
        int height = (int) canvas.getHeight();
        g.clearRect(0, 0, width, height);
        if (!shown || lanes == null || run < 0 || findings.run(run).isEmpty() || width <= 0) {
            return;
        }
        double r = Math.max(7, fontSize * 0.7);
        List<FindingMarkers.Marker> markers = FindingMarkers.place(findings.run(run), findings.firstNumber(run), lanes,
                layout, window, width, height, r);
        Color ink = FxColours.of(p.text());
        for (FindingMarkers.Marker m : markers) {
            if (m.number() == selected) {
                highlight(g, p, m, layout);
            }
            double top = layout.rowTop(m.row()) + 0.5;
            double tick = Math.max(1, Math.min(6, layout.rowHeight()));
            g.setStroke(ink);
            g.setLineWidth(1);
            g.strokeLine(m.x0(), top, Math.max(m.x0() + 1, m.x1()), top);
            g.strokeLine(m.x0() + 0.5, top, m.x0() + 0.5, top + tick);
            g.strokeLine(m.x1() - 0.5, top, m.x1() - 0.5, top + tick);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (FindingMarkers.Marker m : markers) {
            String label = Integer.toString(m.number());
            g.setFill(FxColours.of(p.findingFill(m.finding().severity())));
            g.fillOval(m.centreX() - r, m.centreY() - r, 2 * r, 2 * r);
            g.setStroke(ink);
            g.setLineWidth(m.number() == selected ? 3 : 1);
            g.strokeOval(m.centreX() - r, m.centreY() - r, 2 * r, 2 * r);
            g.setFill(FxColours.of(p.findingInk(m.finding().severity())));
            g.setFont(Font.font(null, FontWeight.BOLD, r * (label.length() > 2 ? 0.9 : 1.15)));
            g.fillText(label, m.centreX(), m.centreY());
        }
    }

    /** The picked finding's lanes over its span: a translucent band in the highlight colour, outlined. */
    private static void highlight(GraphicsContext g, Palette p, FindingMarkers.Marker m, LaneLayout layout) {
        Color c = FxColours.of(p.highlight());
        double w = Math.max(2, m.x1() - m.x0());
        for (int row : m.rows()) {
            double top = layout.rowTop(row);
            double h = Math.max(2, layout.rowHeight() - layout.gap());
            g.setFill(c.deriveColor(0, 1, 1, 0.35));
            g.fillRect(m.x0(), top, w, h);
            g.setStroke(c);
            g.setLineWidth(2);
            g.strokeRect(m.x0() + 1, top + 1, w - 2, h - 2);
        }
    }
}
