package dev.concurrencylab.ui;

import dev.concurrencylab.engine.State;
import dev.concurrencylab.render.LegendEntries;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.ui.timeline.FxColours;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The always-visible legend: {@link LegendEntries} (the same words as the PNG's) with swatches in the timeline's
 * own colours, hatched where a state waits; it wraps onto more rows rather than cutting words short, and each
 * entry's tooltip says what it means. Swatches grow with the text.
 */
final class LegendBar extends FlowPane {
    private final ObjectProperty<Palette> palette;
    private final ObservableDoubleValue fontPx;

    LegendBar(ObjectProperty<Palette> palette, ObservableDoubleValue fontPx) {
        this.palette = palette;
        this.fontPx = fontPx;
        setId("legend");
        getStyleClass().add(Styles.LEGEND);
        palette.addListener(o -> build());
        fontPx.addListener(o -> build());
        build();
    }

    private void build() {
        Palette p = palette.get();
        double size = Math.round(fontPx.get() * 1.2);
        getChildren().clear();
        for (LegendEntries.Entry e : LegendEntries.all()) {
            Label l = new Label(e.label(), swatch(p, e, size));
            l.setGraphicTextGap(6);
            l.setTooltip(new Tooltip(e.meaning()));
            getChildren().add(l);
        }
    }

    private static Canvas swatch(Palette p, LegendEntries.Entry e, double size) {
        Canvas c = new Canvas(size, size);
        GraphicsContext g = c.getGraphicsContext2D();
        switch (e.swatch()) {
            case STATE -> hatch(g, size, p.colour(e.state()), p.hatched(e.state()) ? p.hatchColour(e.state()) : null);
            case INFERRED -> {
                // as the timeline draws waits it inferred: a dotted outline
                hatch(g, size, p.colour(e.state()), p.hatchColour(e.state()));
                g.setStroke(FxColours.of(p.failed()));
                g.setLineWidth(1.5);
                g.setLineDashes(2, 2);
                g.strokeRect(0.75, 0.75, size - 1.5, size - 1.5);
            }
            case TIME_SLICED -> hatch(g, size, p.timeSliced(), p.timeSlicedStripe());
            case FAILED -> {
                g.setFill(FxColours.of(p.colour(State.RUNNING)));
                g.fillRect(0, 0, size, size);
                g.setStroke(FxColours.of(p.failed()));
                g.setLineWidth(2);
                g.strokeRect(1, 1, size - 2, size - 2);
                g.strokeLine(1, 1, size - 1, size - 1);
                g.strokeLine(1, size - 1, size - 1, 1);
            }
            case CORE_LINE -> {
                g.setStroke(FxColours.of(p.text()));
                g.setLineWidth(2);
                g.setLineDashes(4, 3);
                g.strokeLine(0, size / 2, size, size / 2);
            }
        }
        return c;
    }

    private static void hatch(GraphicsContext g, double size, int fill, Integer stripe) {
        g.setFill(FxColours.of(fill));
        g.fillRect(0, 0, size, size);
        if (stripe != null) {
            g.setStroke(FxColours.of(stripe));
            g.setLineWidth(2.5);
            for (double x = -size; x < size; x += 6) {
                g.strokeLine(x, size, x + size, 0);
            }
        }
    }
}
