package dev.concurrencylab.ui;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;

/**
 * The sleep workload's wait as a range: each task waits from the latency (low thumb) up to latency + jitter
 * (high thumb), so the jitter is the width of the range.
 */
final class LatencyRangeField extends VBox {
    static final int MAX_MS = (int) FormField.LATENCY.range().max();
    private final RangeSlider range = new RangeSlider(0, MAX_MS, 0, 0);
    private final Label shown = new Label();
    private boolean syncing;

    LatencyRangeField(ExperimentForm form, Runnable onCommit) {
        StringProperty latency = form.text(ExperimentForm.LATENCY);
        StringProperty jitter = form.text(ExperimentForm.JITTER);
        range.setId("latency-range");
        range.setBlockIncrement(5);
        range.setMajorTickUnit(1);
        range.setSnapToTicks(true);
        Label name = new Label("Wait per task");
        name.getStyleClass().add(Styles.FIELD_TITLE);
        shown.getStyleClass().add(Styles.FIELD_VALUE);
        Label units = new Label("ms");
        units.getStyleClass().add(Styles.FIELD_UNIT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(8, name, gap, shown, units);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, range, FieldError.beside(form, range, ExperimentForm.LATENCY, ExperimentForm.JITTER));
        getStyleClass().add(Styles.FIELD);

        Runnable fromForm = () -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                int low = Integer.parseInt(latency.get().trim());
                int high = low + Integer.parseInt(jitter.get().trim());
                range.setHighValue(Math.min(MAX_MS, high));
                range.setLowValue(Math.min(MAX_MS, low));
            } catch (NumberFormatException | NullPointerException ignored) {
                // the form reports it
            }
            syncing = false;
            showText(latency.get(), jitter.get());
        };
        latency.addListener(o -> fromForm.run());
        jitter.addListener(o -> fromForm.run());
        fromForm.run();
        Runnable toForm = () -> {
            if (syncing) {
                return;
            }
            syncing = true;
            long low = Math.round(range.getLowValue());
            long high = Math.max(low, Math.round(range.getHighValue()));
            latency.set(Long.toString(low));
            jitter.set(Long.toString(high - low));
            syncing = false;
            showText(latency.get(), jitter.get());
        };
        range.lowValueProperty().addListener(o -> toForm.run());
        range.highValueProperty().addListener(o -> toForm.run());
        range.setOnMouseReleased(e -> onCommit.run());
        range.setOnKeyReleased(e -> onCommit.run());
    }

    private void showText(String latency, String jitter) {
        String j = jitter == null ? "" : jitter.trim();
        shown.setText(j.equals("0") ? latency : latency + " – " + addInts(latency, j));
    }

    private static String addInts(String a, String b) {
        try {
            return Long.toString(Long.parseLong(a.trim()) + Long.parseLong(b));
        } catch (NumberFormatException e) {
            return "?";
        }
    }
}
