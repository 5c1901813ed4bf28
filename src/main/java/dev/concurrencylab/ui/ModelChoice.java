package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The models to compare, as a check list: every model this build can run, each with what it is. The chosen
 * ones come first, in the order they run, numbered, with buttons to move them up or down; the first is the
 * baseline of the speed-ups. The others follow in their usual order. The CPython models stay listed when no
 * usable interpreter is found, disabled with the reason in their tooltip; the field below the list (shown then,
 * and while a CPython model is chosen) names another interpreter.
 */
final class ModelChoice extends VBox {
    private final ExperimentForm form;
    private final Map<ModelKind, Row> rows = new EnumMap<>(ModelKind.class);
    private final List<Node> after = new ArrayList<>();

    ModelChoice(ExperimentForm form, Runnable onCommit) {
        super(4);
        this.form = form;
        setId("models");
        BooleanBinding noPython = Bindings.createBooleanBinding(() -> !form.pythonProblemProperty().get().isEmpty(),
                form.pythonProblemProperty());
        for (ModelKind m : form.availableModels()) {
            rows.put(m, new Row(m, noPython, onCommit));
        }
        after.add(FieldError.beside(form, this, ExperimentForm.MODELS));
        if (form.availableModels().stream().anyMatch(ModelKind::inPython)) {
            VBox field = pythonField(form, onCommit);
            // shown where it matters: a CPython model is chosen, or none can be until another is named
            BooleanBinding wanted = noPython.or(form.appliesBinding(FormField.PYTHON));
            field.visibleProperty().bind(wanted);
            field.managedProperty().bind(wanted);
            after.add(field);
        }
        form.selectedModels().addListener((ListChangeListener<ModelKind>) c -> arrange());
        arrange();
    }

    /** Chosen models first in run order, then the rest; each row's box, number and buttons brought up to date. */
    private void arrange() {
        List<ModelKind> chosen = form.selectedModels();
        List<Node> order = new ArrayList<>();
        for (ModelKind m : chosen) {
            order.add(rows.get(m));
        }
        for (ModelKind m : form.availableModels()) {
            if (!chosen.contains(m)) {
                order.add(rows.get(m));
            }
        }
        rows.values().forEach(r -> r.show(chosen.indexOf(r.model), chosen.size()));
        order.addAll(after);
        getChildren().setAll(order);
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

    /** One model: its check box, its place in the run order and the buttons that move it. */
    private final class Row extends HBox {
        private final ModelKind model;
        private final CheckBox box;
        private final Label place = new Label();
        private final Button up = new Button("▲");
        private final Button down = new Button("▼");

        Row(ModelKind model, BooleanBinding noPython, Runnable onCommit) {
            super(4);
            this.model = model;
            setAlignment(Pos.CENTER_LEFT);
            box = new CheckBox(model.id());
            box.setId("model-" + model.id());
            Tooltip tip = new Tooltip(model.description());
            if (model.inPython()) {
                // a chosen one stays enabled, so it can be unchecked
                box.disableProperty().bind(noPython.and(box.selectedProperty().not()));
                tip.textProperty().bind(Bindings.createStringBinding(() -> model.description()
                        + (noPython.get() ? "\nNot available: " + form.pythonProblemProperty().get() : ""), noPython,
                        form.pythonProblemProperty()));
                // a disabled control shows no tooltip: its row does, enabled or not
                Tooltip.install(this, tip);
            } else {
                box.setTooltip(tip);
            }
            box.selectedProperty().addListener((o, was, now) -> {
                if (now != form.selectedModels().contains(model)) {
                    form.setModelSelected(model, now);
                    onCommit.run();
                }
            });
            place.setId("model-place-" + model.id());
            place.getStyleClass().add(Styles.FIELD_UNIT);
            up.setId("model-up-" + model.id());
            down.setId("model-down-" + model.id());
            up.setTooltip(new Tooltip("Run " + model.id() + " earlier (the first is the baseline of the speed-ups)"));
            down.setTooltip(new Tooltip("Run " + model.id() + " later"));
            for (Button b : List.of(up, down)) {
                b.getStyleClass().add(Styles.ORDER_BUTTON);
                b.setFocusTraversable(false);
            }
            up.setOnAction(e -> {
                form.moveModel(model, -1);
                onCommit.run();
            });
            down.setOnAction(e -> {
                form.moveModel(model, 1);
                onCommit.run();
            });
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            getChildren().addAll(box, gap, place, up, down);
        }

        /** @param index the model's place in the run order, or -1 when it is not chosen */
        void show(int index, int chosen) {
            box.setSelected(index >= 0);
            place.setText(index < 0 ? "" : index == 0 ? "1 · baseline" : Integer.toString(index + 1));
            up.setVisible(index > 0);
            down.setVisible(index >= 0 && index < chosen - 1);
        }
    }
}
