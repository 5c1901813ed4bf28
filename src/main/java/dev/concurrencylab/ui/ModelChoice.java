package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The models to compare, as a check list: every model this build can run, each with what it is. The chosen
 * ones come first, in the order they run, numbered, with buttons to move them up or down; the first is the
 * baseline of the speed-ups. The others follow in their usual order. A chosen CPython model names the interpreter
 * it runs in and may be chosen again in another ({@link ModelRow}). The CPython models stay listed when no usable
 * interpreter is found, disabled with the reason in their tooltip; the field below the list (shown then, and while
 * a CPython model is chosen) names the comparison's interpreter.
 */
final class ModelChoice extends VBox {
    private final ExperimentForm form;
    private final Runnable onCommit;
    private final BooleanBinding noPython;
    /** A row per model not chosen, and one per chosen entry (kept while the entry is, so its controls stay put). */
    private final Map<ModelKind, ModelRow> unchosen = new EnumMap<>(ModelKind.class);
    private Map<ModelEntry, ModelRow> chosen = new HashMap<>();
    private final List<Node> after = new ArrayList<>();

    ModelChoice(ExperimentForm form, Runnable onCommit) {
        super(4);
        this.form = form;
        this.onCommit = onCommit;
        setId("models");
        noPython = Bindings.createBooleanBinding(() -> !form.pythonProblemProperty().get().isEmpty(),
                form.pythonProblemProperty());
        for (ModelKind m : form.availableModels()) {
            unchosen.put(m, new ModelRow(form, m, null, noPython, onCommit));
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
        form.selectedModels().addListener((ListChangeListener<ModelEntry>) c -> arrange());
        form.interpreterChoices().addListener((ListChangeListener<String>) c -> arrange());
        arrange();
    }

    /** Chosen entries first in run order, then the models not chosen; each row brought up to date. */
    private void arrange() {
        List<ModelEntry> entries = form.selectedModels();
        Map<ModelEntry, ModelRow> rows = new HashMap<>();
        List<Node> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ModelEntry e = entries.get(i);
            ModelRow row = chosen.containsKey(e) ? chosen.get(e) : new ModelRow(form, e.kind(), e, noPython, onCommit);
            rows.put(e, row);
            row.show(i, entries.size());
            order.add(row);
        }
        chosen = rows;
        for (ModelKind m : form.availableModels()) {
            if (!form.isSelected(m)) {
                unchosen.get(m).show(-1, entries.size());
                order.add(unchosen.get(m));
            }
        }
        order.addAll(after);
        getChildren().setAll(order);
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
        Label name = new Label(FormField.PYTHON.title());
        name.getStyleClass().add(Styles.FIELD_TITLE);
        name.setLabelFor(text);
        VBox box = new VBox(4, name, text, FieldError.beside(form, text, ExperimentForm.PYTHON));
        box.getStyleClass().add(Styles.FIELD);
        return box;
    }
}
