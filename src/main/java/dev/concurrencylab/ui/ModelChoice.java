package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The models to compare, as a check list: every model this build can run, each with what it is. The list's
 * order is the run order, so the first checked model is the baseline for speed-ups. A chosen CPython model has
 * an interpreter choice beside it ({@link InterpreterRow}) and may be added again to run in another interpreter.
 * The CPython models stay listed when no usable interpreter is found, disabled with the reason in their tooltip;
 * the field below the list (shown then, and while a CPython model is chosen) names the comparison's interpreter.
 */
final class ModelChoice extends VBox {
    private final ExperimentForm form;
    private final Runnable onCommit;
    private final BooleanBinding noPython;
    private final Map<ModelKind, Node> jvmRows = new HashMap<>();
    /** A CPython kind's rows: the first for its first entry (or none chosen), one more for each further entry. */
    private final Map<ModelKind, List<InterpreterRow>> pythonRows = new HashMap<>();
    private final List<Node> below = new ArrayList<>();

    ModelChoice(ExperimentForm form, Runnable onCommit) {
        super(4);
        this.form = form;
        this.onCommit = onCommit;
        setId("models");
        noPython = Bindings.createBooleanBinding(() -> !form.pythonProblemProperty().get().isEmpty(),
                form.pythonProblemProperty());
        for (ModelKind m : form.availableModels()) {
            if (!m.inPython()) {
                jvmRows.put(m, jvmRow(m));
            }
        }
        below.add(FieldError.beside(form, this, ExperimentForm.MODELS));
        if (form.availableModels().stream().anyMatch(ModelKind::inPython)) {
            VBox field = pythonField(form, onCommit);
            // shown where it matters: a CPython model is chosen, or none can be until another is named
            BooleanBinding wanted = noPython.or(Bindings.createBooleanBinding(
                    () -> form.selectedModels().stream().anyMatch(e -> e.kind().inPython()), form.selectedModels()));
            field.visibleProperty().bind(wanted);
            field.managedProperty().bind(wanted);
            below.add(field);
        }
        form.selectedModels().addListener((ListChangeListener<ModelEntry>) c -> arrange());
        form.interpreterChoices().addListener((ListChangeListener<String>) c -> arrange());
        arrange();
    }

    private CheckBox jvmRow(ModelKind m) {
        CheckBox box = new CheckBox(m.id());
        box.setId("model-" + m.id());
        box.setTooltip(new Tooltip(m.description()));
        box.selectedProperty().addListener((o, was, now) -> {
            if (now != form.isSelected(m)) {
                form.setModelSelected(m, now);
                onCommit.run();
            }
        });
        return box;
    }

    /** Every kind's rows in the list's order, each brought up to date with the entries chosen. */
    private void arrange() {
        List<Node> nodes = new ArrayList<>();
        for (ModelKind m : form.availableModels()) {
            if (!m.inPython()) {
                ((CheckBox) jvmRows.get(m)).setSelected(form.isSelected(m));
                nodes.add(jvmRows.get(m));
                continue;
            }
            List<ModelEntry> entries = form.selectedModels().stream().filter(e -> e.kind() == m).toList();
            List<InterpreterRow> rows = pythonRows.computeIfAbsent(m, k -> new ArrayList<>());
            for (int place = 0; place < Math.max(1, entries.size()); place++) {
                if (place == rows.size()) {
                    rows.add(new InterpreterRow(form, m, place, noPython, onCommit));
                }
                InterpreterRow row = rows.get(place);
                row.show(place < entries.size() ? entries.get(place) : null);
                nodes.add(row);
            }
        }
        nodes.addAll(below);
        getChildren().setAll(nodes);
    }

    private static VBox pythonField(ExperimentForm form, Runnable onCommit) {
        TextField text = new TextField();
        text.setId("python");
        text.setPromptText("python3, then python on PATH");
        text.setTooltip(new Tooltip("The interpreter of the cpython-* models that name none of their own: a path, "
                + "or a command on PATH (Python 3.8 or newer)"));
        text.textProperty().bindBidirectional(form.pythonProperty());
        text.setOnAction(e -> onCommit.run());
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                onCommit.run();
            }
        });
        Label name = new Label("Python interpreter");
        name.getStyleClass().add(Styles.FIELD_TITLE);
        name.setLabelFor(text);
        VBox box = new VBox(4, name, text, FieldError.beside(form, text, ExperimentForm.PYTHON));
        box.getStyleClass().add(Styles.FIELD);
        return box;
    }
}
