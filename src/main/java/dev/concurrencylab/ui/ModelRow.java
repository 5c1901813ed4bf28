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
 * One line of the model list: a model not chosen, or one chosen entry with its place in the run order and the
 * buttons that move it. A chosen CPython model has a second line, the interpreter it runs in (the comparison's,
 * one found on PATH, or "Other…": any path or command typed in) and a button that adds the model once more in
 * another interpreter ({@code cpython-sequential@pypy3}).
 */
final class ModelRow extends VBox {
    /** The choice that lets the user type an interpreter in. */
    static final String OTHER = "Other…";
    /** The interpreter's line starts under the check box's text. */
    private static final double INDENT = 22;
    private final ExperimentForm form;
    private final ModelKind kind;
    /** The entry this row stands for, or null for a model not chosen. */
    private final ModelEntry entry;
    private final CheckBox box;
    private final Label place = new Label();
    private final Button up = new Button("▲");
    private final Button down = new Button("▼");
    private final ComboBox<String> interpreter = new ComboBox<>();
    private final Button add = new Button("+");
    /** True while {@link #show} sets the controls: their change events are not the user's. */
    private boolean showing;

    ModelRow(ExperimentForm form, ModelKind kind, ModelEntry entry, BooleanBinding noPython, Runnable onCommit) {
        super(2);
        this.form = form;
        this.kind = kind;
        this.entry = entry;
        String id = entry == null ? kind.id() : entry.slug();
        box = new CheckBox(kind.id());
        box.setId("model-" + id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip(kind.description());
        if (kind.inPython()) {
            // a chosen one stays enabled, so it can be unchecked
            box.disableProperty().bind(noPython.and(box.selectedProperty().not()));
            tip.textProperty().bind(Bindings.createStringBinding(() -> kind.description()
                    + (noPython.get() ? "\nNot available: " + form.pythonProblemProperty().get() : ""), noPython,
                    form.pythonProblemProperty()));
            // a disabled control shows no tooltip: its row does, enabled or not
            Tooltip.install(this, tip);
        } else {
            box.setTooltip(tip);
        }
        box.setSelected(entry != null);
        box.selectedProperty().addListener((o, was, now) -> {
            if (showing) {
                return;
            }
            if (now && entry == null) {
                form.setModelSelected(kind, true);
            } else if (!now && entry != null) {
                form.removeModel(entry);
            }
            onCommit.run();
        });
        place.setId("model-place-" + id);
        place.getStyleClass().add(Styles.FIELD_UNIT);
        up.setId("model-up-" + id);
        down.setId("model-down-" + id);
        up.setTooltip(new Tooltip("Run " + id(entry) + " earlier (the first is the baseline of the speed-ups)"));
        down.setTooltip(new Tooltip("Run " + id(entry) + " later"));
        for (Button b : List.of(up, down)) {
            b.getStyleClass().add(Styles.ORDER_BUTTON);
            b.setFocusTraversable(false);
        }
        up.setOnAction(e -> {
            form.moveModel(entry, -1);
            onCommit.run();
        });
        down.setOnAction(e -> {
            form.moveModel(entry, 1);
            onCommit.run();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(4, box, gap, place, up, down);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(line);
        if (kind.inPython() && entry != null) {
            getChildren().add(interpreterLine(id, onCommit));
        }
    }

    private String id(ModelEntry e) {
        return e == null ? kind.id() : e.id();
    }

    private HBox interpreterLine(String id, Runnable onCommit) {
        interpreter.setId("interpreter-" + id);
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
            if (!showing) {
                choose(now == null ? "" : now.strip(), onCommit);
            }
        });
        add.setId("add-interpreter-" + id);
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
        HBox line = new HBox(4, in, interpreter, add);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(0, 0, 2, INDENT));
        return line;
    }

    /** Brings the row up to date with the run order (its entry's place in it, or -1) and the interpreters found. */
    void show(int index, int chosen) {
        showing = true;
        try {
            box.setSelected(entry != null);
            place.setText(index < 0 ? "" : index == 0 ? "1 · baseline" : Integer.toString(index + 1));
            up.setVisible(index > 0);
            down.setVisible(index >= 0 && index < chosen - 1);
            if (entry != null && kind.inPython()) {
                List<String> items = new ArrayList<>();
                items.add("");
                items.addAll(form.interpreterChoices());
                if (!items.contains(entry.interpreter())) {
                    items.add(entry.interpreter());
                }
                items.add(OTHER);
                interpreter.getItems().setAll(items);
                interpreter.setValue(entry.interpreter());
                String problem = entry.hasInterpreter() ? form.interpreterProblem(entry.interpreter()) : null;
                interpreter.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unusable"),
                        problem != null && !problem.isEmpty());
                add.setDisable(nextInterpreter() == null || chosen >= ExperimentForm.MAX_MODELS);
            }
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
        } else { // taken by another entry of this model, or refused: back to what runs
            showing = true;
            try {
                interpreter.setValue(entry.interpreter());
            } finally {
                showing = false;
            }
        }
    }

    /** What "" runs in: the comparison's interpreter, as the field below names it. */
    private String defaultName() {
        String p = form.pythonProperty().get();
        return "default: " + (p == null || p.isBlank() ? "python3" : p.strip());
    }

    /** The interpreter another entry starts with: PyPy where found, else the first found that none of this kind's runs in. */
    private String nextInterpreter() {
        List<String> used = form.selectedModels().stream().filter(e -> e.kind() == kind)
                .map(ModelEntry::interpreter).toList();
        List<String> found = new ArrayList<>(form.interpreterChoices());
        found.sort((a, b) -> Boolean.compare(!a.startsWith("pypy"), !b.startsWith("pypy")));
        return found.stream().filter(n -> !used.contains(n)).findFirst().orElse(null);
    }
}
