package dev.concurrencylab.ui;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One numeric field of the form: title, typed value and unit on one line, a slider under them, and the
 * field's error. The slider and the text show the same value; typed text is passed on as it is, so an
 * out-of-range entry is reported rather than clamped. Releasing the slider (or Enter) commits.
 */
final class SliderField extends VBox {
    private final Slider slider;
    private final TextField value = new TextField();
    private final boolean whole;
    private boolean syncing;

    SliderField(FormField field, ExperimentForm form, Runnable onCommit) {
        FormField.Range range = field.range();
        String id = field.id();
        this.whole = range.whole();
        StringProperty text = form.text(field);
        slider = new Slider(range.min(), range.max(), range.min());
        slider.setBlockIncrement(range.step());
        slider.setMajorTickUnit(range.step());
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(whole);
        slider.setId(id + "-slider");
        value.setId(id + "-value");
        value.setPrefColumnCount(6);
        value.getStyleClass().add(Styles.FIELD_VALUE);
        value.setAlignment(Pos.CENTER_RIGHT);
        value.textProperty().bindBidirectional(text);
        Label name = new Label(field.title());
        name.getStyleClass().add(Styles.FIELD_TITLE);
        name.setLabelFor(value);
        Label units = new Label(field.unit());
        units.getStyleClass().add(Styles.FIELD_UNIT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(8, name, gap, value, units);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, slider, FieldError.beside(form, value, id));
        getStyleClass().add(Styles.FIELD);

        showOnSlider(text.get());
        text.addListener((o, was, now) -> showOnSlider(now));
        slider.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                syncing = true;
                text.set(format(now.doubleValue()));
                syncing = false;
            }
        });
        slider.setOnMouseReleased(e -> onCommit.run());
        slider.setOnKeyReleased(e -> onCommit.run());
        value.setOnAction(e -> onCommit.run());
    }

    Slider slider() {
        return slider;
    }

    private void showOnSlider(String text) {
        if (syncing) {
            return;
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (v >= slider.getMin() && v <= slider.getMax()) {
                syncing = true;
                slider.setValue(v);
                syncing = false;
            }
        } catch (NumberFormatException | NullPointerException ignored) {
            // the form reports it beside the field
        }
    }

    private String format(double v) {
        if (whole) {
            return Long.toString(Math.round(v));
        }
        return ExperimentForm.decimal(Math.round(v * 100) / 100.0);
    }
}
