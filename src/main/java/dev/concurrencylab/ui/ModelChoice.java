package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelKind;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The models to compare, as a check list: every model this build can run, each with what it is. The list's
 * order is the run order, so the first checked model is the baseline for speed-ups. The CPython models stay
 * listed when no usable interpreter is found, disabled with the reason in their tooltip; the field below the
 * list (shown then, and while a CPython model is chosen) names another interpreter.
 */
final class ModelChoice extends VBox {
    ModelChoice(ExperimentForm form, Runnable onCommit) {
        super(4);
        setId("models");
        BooleanBinding noPython = Bindings.createBooleanBinding(() -> !form.pythonProblemProperty().get().isEmpty(),
                form.pythonProblemProperty());
        for (ModelKind m : form.availableModels()) {
            CheckBox box = new CheckBox(m.id());
            box.setId("model-" + m.id());
            Tooltip tip = new Tooltip(m.description());
            Node row = box;
            if (m.inPython()) {
                // a chosen one stays enabled, so it can be unchecked
                box.disableProperty().bind(noPython.and(box.selectedProperty().not()));
                tip.textProperty().bind(Bindings.createStringBinding(() -> m.description()
                        + (noPython.get() ? "\nNot available: " + form.pythonProblemProperty().get() : ""), noPython,
                        form.pythonProblemProperty()));
                // a disabled control shows no tooltip: its row does, enabled or not
                row = new HBox(box);
                Tooltip.install(row, tip);
            } else {
                box.setTooltip(tip);
            }
            box.setSelected(form.selectedModels().contains(m));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now != form.selectedModels().contains(m)) {
                    form.setModelSelected(m, now);
                    onCommit.run();
                }
            });
            form.selectedModels().addListener((ListChangeListener<ModelKind>) c ->
                    box.setSelected(form.selectedModels().contains(m)));
            getChildren().add(row);
        }
        getChildren().add(FieldError.beside(form, this, ExperimentForm.MODELS));
        if (form.availableModels().stream().anyMatch(ModelKind::inPython)) {
            VBox field = pythonField(form, onCommit);
            // shown where it matters: a CPython model is chosen, or none can be until another is named
            BooleanBinding wanted = noPython.or(form.appliesBinding(FormField.PYTHON));
            field.visibleProperty().bind(wanted);
            field.managedProperty().bind(wanted);
            getChildren().add(field);
        }
    }

    private static VBox pythonField(ExperimentForm form, Runnable onCommit) {
        TextField text = new TextField();
        text.setId("python");
        text.setPromptText("python3, then python on PATH");
        text.setTooltip(new Tooltip("The interpreter of the cpython-* models: a path, or a command on PATH "
                + "(Python 3.8 or newer)"));
        text.textProperty().bindBidirectional(form.pythonProperty());
        text.setOnAction(e -> onCommit.run());
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                onCommit.run();
            }
        });
        Label name = new Label(FormField.PYTHON.title());
        name.getStyleClass().add(Styles.FIELD_TITLE);
        name.setLabelFor(text);
        VBox box = new VBox(4, name, text, FieldError.beside(form, text, ExperimentForm.PYTHON));
        box.getStyleClass().add(Styles.FIELD);
        return box;
    }
}
