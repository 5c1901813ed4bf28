package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One CPython model in the model list, in one interpreter: its check box and, under it while chosen, the
 * interpreter it runs in (the comparison's, one found on PATH, or "Other…": any path or command typed in) and, on a
 * kind's first row, a button that adds the model once more in another interpreter ({@code cpython-sequential@pypy3}).
 */
final class InterpreterRow extends VBox {
    /** The choice that lets the user type an interpreter in. */
    static final String OTHER = "Other…";
    /** The interpreter's line starts under the check box's text. */
    private static final double INDENT = 22;
    private final ExperimentForm form;
    private final ModelKind kind;
    private final CheckBox box;
    private final ComboBox<String> interpreter = new ComboBox<>();
    private final Button add = new Button("+");
    private final HBox choice;
    private ModelEntry entry;
    /** True while {@link #show} sets the controls: their change events are not the user's. */
    private boolean showing;

    /** @param place 0 for the kind's first row, 1 for its second entry, and so on */
    InterpreterRow(ExperimentForm form, ModelKind kind, int place, BooleanBinding noPython, Runnable onCommit) {
        super(2);
        this.form = form;
        this.kind = kind;
        String suffix = place == 0 ? "" : "-" + (place + 1);
        box = new CheckBox(kind.id());
        box.setId("model-" + kind.id() + suffix);
        box.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        // a chosen one stays enabled, so it can be unchecked; a disabled control shows no tooltip: its row does
        box.disableProperty().bind(noPython.and(box.selectedProperty().not()));
        tip.textProperty().bind(Bindings.createStringBinding(() -> kind.description()
                + (noPython.get() ? "\nNot available: " + form.pythonProblemProperty().get() : ""), noPython,
                form.pythonProblemProperty()));
        Tooltip.install(this, tip);
        box.selectedProperty().addListener((o, was, now) -> {
            if (showing) {
                return;
            }
            if (now) {
                form.setModelSelected(kind, true);
            } else if (entry != null) {
                form.removeModel(entry);
            }
            onCommit.run();
        });
        interpreter.setId("interpreter-" + kind.id() + suffix);
        interpreter.setEditable(true);
        interpreter.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(interpreter, Priority.ALWAYS);
        interpreter.setTooltip(new Tooltip("The interpreter " + kind.id() + " runs in: the comparison's (below), one "
                + "found on PATH, or " + OTHER + " to type a path or a command"));
        interpreter.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isEmpty() ? defaultName() : item);
            }
        });
        interpreter.promptTextProperty().bind(Bindings.createStringBinding(this::defaultName, form.pythonProperty()));
        interpreter.valueProperty().addListener((o, was, now) -> {
            if (!showing && entry != null) {
                choose(now == null ? "" : now.strip(), onCommit);
            }
        });
        add.setId("add-interpreter-" + kind.id());
        add.setTooltip(new Tooltip("Run " + kind.id() + " once more, in another interpreter (CPython beside PyPy)"));
        add.setFocusTraversable(false);
        add.setOnAction(e -> {
            String next = nextInterpreter();
            if (next != null && form.addModel(new ModelEntry(kind, next))) {
                onCommit.run();
            }
        });
        Label in = new Label("in");
        in.getStyleClass().add(Styles.FIELD_UNIT);
        in.setLabelFor(interpreter);
        choice = new HBox(4, in, interpreter);
        choice.setAlignment(Pos.CENTER_LEFT);
        choice.setPadding(new Insets(0, 0, 2, INDENT));
        if (place == 0) {
            choice.getChildren().add(add);
        }
        getChildren().addAll(box, choice);
    }

    /** Brings the row up to date: the entry it stands for, or null where the kind is not chosen (a first row). */
    void show(ModelEntry chosen) {
        showing = true;
        try {
            entry = chosen;
            box.setSelected(chosen != null);
            List<String> items = new ArrayList<>();
            items.add("");
            items.addAll(form.interpreterChoices());
            if (chosen != null && !items.contains(chosen.interpreter())) {
                items.add(chosen.interpreter());
            }
            items.add(OTHER);
            interpreter.getItems().setAll(items);
            interpreter.setValue(chosen == null ? "" : chosen.interpreter());
            String problem = chosen == null || !chosen.hasInterpreter() ? null
                    : form.interpreterProblem(chosen.interpreter());
            interpreter.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unusable"),
                    problem != null && !problem.isEmpty());
            choice.setVisible(chosen != null);
            choice.setManaged(chosen != null);
            add.setDisable(nextInterpreter() == null || form.selectedModels().size() >= ExperimentForm.MAX_MODELS);
        } finally {
            showing = false;
        }
    }

    private void choose(String name, Runnable onCommit) {
        if (name.equals(OTHER)) {
            // the field takes what is typed over the interpreter it selects; left as it is, nothing changes
            showing = true;
            try {
                interpreter.setValue(entry.interpreter());
            } finally {
                showing = false;
            }
            interpreter.getEditor().requestFocus();
            interpreter.getEditor().selectAll();
            return;
        }
        boolean changed;
        try {
            changed = form.setInterpreter(entry, name);
        } catch (ConfigException e) { // a name no interpreter can have (control characters, too long)
            changed = false;
        }
        if (changed) {
            onCommit.run();
        } else {
            show(entry); // taken by another row of this model, or refused: back to what runs
        }
    }

    /** What "" runs in: the comparison's interpreter, as the field below names it. */
    private String defaultName() {
        String p = form.pythonProperty().get();
        return "default: " + (p == null || p.isBlank() ? "python3" : p.strip());
    }

    /** The interpreter a further row starts with: PyPy where found, else the first found that none of this kind's runs in. */
    private String nextInterpreter() {
        List<String> used = form.selectedModels().stream().filter(e -> e.kind() == kind)
                .map(ModelEntry::interpreter).toList();
        List<String> found = new ArrayList<>(form.interpreterChoices());
        found.sort((a, b) -> Boolean.compare(!a.startsWith("pypy"), !b.startsWith("pypy")));
        return found.stream().filter(n -> !used.contains(n)).findFirst().orElse(null);
    }
}
