package dev.concurrencylab.ui;

import dev.concurrencylab.engine.State;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.StateText;
import javafx.beans.property.ObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;

/**
 * The always-visible legend: a swatch per state in the timeline's own colours, hatched where it waits, and its
 * meaning on hover. It wraps onto a second row rather than cut its labels short.
 */
final class StateLegend extends FlowPane {
    private static final double SWATCH = 18;

    StateLegend(ObjectProperty<Palette> palette) {
        setId("legend");
        getStyleClass().add(Styles.LEGEND);
        palette.addListener((o, was, now) -> build(now));
        build(palette.get());
    }

    private void build(Palette p) {
        getChildren().clear();
        for (State s : State.values()) {
            add(StateText.label(s), swatch(p.colour(s), p.hatched(s) ? p.hatchColour(s) : null))
                    .setTooltip(new Tooltip(StateText.meaning(s)));
        }
        add(StateText.INFERRED_GIL_WAIT, inferredSwatch(p))
                .setTooltip(new Tooltip("CPython's waits for its GIL, " + StateText.INFERRED + "."));
        add("failed task", failedSwatch(p));
        add("more running than cores", swatch(p.timeSliced(), p.timeSlicedStripe()));
    }

    private Label add(String text, Canvas swatch) {
        Label l = new Label(text, swatch);
        l.setGraphicTextGap(6);
        getChildren().add(l);
        return l;
    }

    private static Canvas swatch(int fill, Integer stripe) {
        Canvas c = new Canvas(SWATCH, SWATCH);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(rgb(fill));
        g.fillRect(0, 0, SWATCH, SWATCH);
        if (stripe != null) {
            g.setStroke(rgb(stripe));
            g.setLineWidth(2.5);
            for (double x = -SWATCH; x < SWATCH; x += 6) {
                g.strokeLine(x, SWATCH, x + SWATCH, 0);
            }
        }
        return c;
    }

    /** GIL_WAIT's swatch with a dotted outline, as the timeline draws waits it inferred. */
    private static Canvas inferredSwatch(Palette p) {
        Canvas c = swatch(p.colour(State.GIL_WAIT), p.hatchColour(State.GIL_WAIT));
        GraphicsContext g = c.getGraphicsContext2D();
        g.setStroke(rgb(p.failed()));
        g.setLineWidth(1.5);
        g.setLineDashes(2, 2);
        g.strokeRect(0.75, 0.75, SWATCH - 1.5, SWATCH - 1.5);
        return c;
    }

    private static Canvas failedSwatch(Palette p) {
        Canvas c = new Canvas(SWATCH, SWATCH);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(rgb(p.colour(State.RUNNING)));
        g.fillRect(0, 0, SWATCH, SWATCH);
        g.setStroke(rgb(p.text()));
        g.setLineWidth(2);
        g.strokeRect(1, 1, SWATCH - 2, SWATCH - 2);
        g.strokeLine(1, 1, SWATCH - 1, SWATCH - 1);
        g.strokeLine(1, SWATCH - 1, SWATCH - 1, 1);
        return c;
    }

    static Color rgb(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }
}
