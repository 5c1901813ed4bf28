package dev.concurrencylab.ui;

import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The error shown beside a field: visible only while the form's error names one of its fields. */
final class FieldError {
    private FieldError() {
    }

    /** A label showing the form's error while it concerns one of {@code fields}; marks {@code input} too. */
    static Label beside(ExperimentForm form, Node input, String... fields) {
        Set<String> mine = Set.of(fields);
        BooleanBinding inError = Bindings.createBooleanBinding(
                () -> mine.contains(form.errorFieldProperty().get()), form.errorFieldProperty());
        Label label = new Label();
        label.getStyleClass().add(Styles.FIELD_ERROR);
        label.setWrapText(true);
        label.textProperty().bind(Bindings.when(inError).then(form.errorMessageProperty()).otherwise(""));
        label.visibleProperty().bind(inError);
        label.managedProperty().bind(inError);
        inError.addListener((o, was, now) -> {
            if (now) {
                input.getStyleClass().add(Styles.ERROR_FIELD_INPUT);
            } else {
                input.getStyleClass().remove(Styles.ERROR_FIELD_INPUT);
            }
        });
        return label;
    }
}
