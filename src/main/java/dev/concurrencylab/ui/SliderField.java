package dev.concurrencylab.ui;

import java.util.OptionalDouble;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One numeric field of the form: title, typed value and unit on one line, a slider under them, and the
 * field's error. The slider and the text show the same value; typed text is passed on as it is, so an
 * out-of-range entry is reported rather than clamped, and the slider follows typed text only once it is
 * committed (Enter, or leaving the box) and valid, so typing 999999 or 1.5 never throws it to an end first.
 * Releasing the slider, a key on it, Enter or leaving the box commits; a commit that changes nothing runs nothing
 * ({@link LabViewModel#inputCommitted}).
 */
final class SliderField extends VBox {
    private final FormField.Range range;
    private final Slider slider;
    private final TextField value = new TextField();
    private boolean syncing;

    SliderField(FormField field, ExperimentForm form, Runnable onCommit) {
        range = field.range();
        String id = field.id();
        StringProperty text = form.text(field);
        slider = new Slider(position(range.min()), position(range.max()), position(range.min()));
        if (range.doubling()) {
            // a tick per power of two, labelled with the value, and the thumb snaps to them
            slider.setBlockIncrement(1);
            slider.setMajorTickUnit(1);
            slider.setShowTickMarks(true);
            slider.setShowTickLabels(true);
            slider.setLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Double p) {
                    return Long.toString(Math.round(valueAt(p)));
                }

                @Override
                public Double fromString(String s) {
                    return position(Double.parseDouble(s));
                }
            });
            slider.setSnapToTicks(true);
        } else {
            slider.setBlockIncrement(range.step());
            slider.setMajorTickUnit(range.step());
            slider.setSnapToTicks(range.whole());
        }
        slider.setMinorTickCount(0);
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
        // set from elsewhere (an experiment opened, the slider itself): follow at once; typed: on commit
        text.addListener((o, was, now) -> {
            if (!value.isFocused()) {
                showOnSlider(now);
            }
        });
        slider.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                syncing = true;
                text.set(format(valueAt(now.doubleValue())));
                syncing = false;
            }
        });
        slider.setOnMouseReleased(e -> onCommit.run());
        slider.setOnKeyReleased(e -> onCommit.run());
        value.setOnAction(e -> {
            showOnSlider(text.get());
            onCommit.run();
        });
        value.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                showOnSlider(text.get());
                onCommit.run();
            }
        });
    }

    Slider slider() {
        return slider;
    }

    /** Where {@code v} sits on the slider (its log₂ on a doubling range). */
    double position(double v) {
        return range.doubling() ? Math.log(v) / Math.log(2) : v;
    }

    private double valueAt(double position) {
        return range.doubling() ? Math.pow(2, position) : position;
    }

    /** Moves the thumb to the text's value when it is one the field takes; otherwise leaves it where it is. */
    private void showOnSlider(String text) {
        if (syncing) {
            return;
        }
        OptionalDouble v = parse(text);
        if (v.isPresent() && v.getAsDouble() >= range.min() && v.getAsDouble() <= range.max()) {
            syncing = true;
            slider.setValue(position(v.getAsDouble()));
            syncing = false;
        }
    }

    private OptionalDouble parse(String text) {
        try {
            String t = text == null ? "" : text.trim();
            return OptionalDouble.of(range.whole() ? Integer.parseInt(t) : Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty(); // the form reports it beside the field
        }
    }

    private String format(double v) {
        if (range.whole()) {
            return Long.toString(Math.round(v));
        }
        return ExperimentForm.decimal(Math.round(v * 100) / 100.0);
    }
}
