package dev.concurrencylab.ui.timeline;

import dev.concurrencylab.render.LaneLabels;
import dev.concurrencylab.render.LaneLayout;
import dev.concurrencylab.render.LaneSet;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.TimeAxis;
import dev.concurrencylab.render.TimeWindow;
import dev.concurrencylab.render.UtilisationStrip;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** The small canvases around a timeline's raster: lane labels (and the grouping note) and the time axis. */
final class TimelineDecorations {
    private final Canvas labels;
    private final Canvas axis;
    private final Text measure = new Text();

    TimelineDecorations(Canvas labels, Canvas axis) {
        this.labels = labels;
        this.axis = axis;
    }

    void paint(Palette p, LaneSet lanes, LaneLayout layout, TimeWindow window, int plotWidth, int lanesHeight,
               double stripHeight, UtilisationStrip.Scale strip, int cores, double fontSize) {
        Font font = Font.font(Math.max(8, fontSize - 1));
        paintLabels(p, lanes, layout, lanesHeight, stripHeight, strip, cores, font);
        paintAxis(p, window, plotWidth, font);
    }

    private void paintLabels(Palette p, LaneSet lanes, LaneLayout layout, int lanesHeight, double stripHeight,
                             UtilisationStrip.Scale strip, int cores, Font font) {
        GraphicsContext g = labels.getGraphicsContext2D();
        double w = labels.getWidth();
        g.setFill(FxColours.of(p.background()));
        g.fillRect(0, 0, w, labels.getHeight());
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(FxColours.of(p.text()));
        if (lanes != null) {
            double last = Double.NEGATIVE_INFINITY;
            for (LaneLabels.Label label : LaneLabels.of(lanes, layout, font.getSize())) {
                double y = LaneLabels.centre(layout, label.row());
                // rows thinner than the text: keep the first and last labels whole inside the lane area, and
                // leave out one that moving would lay over its neighbour
                y = Math.max(font.getSize() / 2, Math.min(lanesHeight - font.getSize() / 2, y));
                if (y - last >= font.getSize() + 1) {
                    g.fillText(label.text(), w - 6, y, w - 10);
                    last = y;
                }
            }
        }
        if (strip != null) {
            double top = lanesHeight + TimelineView.STRIP_GAP;
            g.setTextAlign(TextAlignment.RIGHT);
            double coreY = top + Math.max(font.getSize() / 2, strip.coreLineY());
            g.fillText(UtilisationStrip.coreLabel(cores), w - 6, coreY, w - 10);
            double bottom = top + stripHeight - font.getSize() / 2 - 1;
            if (bottom - coreY >= font.getSize() + 1) {
                g.fillText(UtilisationStrip.RUNNING_LABEL, w - 6, bottom, w - 10);
            }
        }
    }

    private double textWidth(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private void paintAxis(Palette p, TimeWindow window, int plotWidth, Font font) {
        GraphicsContext g = axis.getGraphicsContext2D();
        double h = axis.getHeight();
        g.setFill(FxColours.of(p.background()));
        g.fillRect(0, 0, axis.getWidth(), h);
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setStroke(FxColours.of(p.text()));
        g.setFill(FxColours.of(p.text()));
        g.setLineWidth(1);
        // labels grow with the font, so do the gaps between ticks
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(window, plotWidth, Math.max(90, 7 * font.getSize()));
        for (TimeAxis.Tick t : ticks) {
            double x = Math.floor(t.x()) + 0.5;
            g.strokeLine(x, 0, x, 4);
        }
        measure.setFont(font);
        for (TimeAxis.Placed placed : TimeAxis.place(ticks, this::textWidth, plotWidth, 6)) {
            g.fillText(placed.tick().label(), placed.left(), 5);
        }
    }
}
