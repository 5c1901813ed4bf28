package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelKind;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The models to compare, as a check list: every model this build can run, each with what it is. The list's
 * order is the run order, so the first checked model is the baseline for speed-ups.
 */
final class ModelChoice extends VBox {
    ModelChoice(ExperimentForm form, Runnable onCommit) {
        super(4);
        setId("models");
        for (ModelKind m : form.availableModels()) {
            CheckBox box = new CheckBox(m.id());
            box.setId("model-" + m.id());
            box.setTooltip(new Tooltip(m.description()));
            box.setSelected(form.selectedModels().contains(m));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now != form.selectedModels().contains(m)) {
                    form.setModelSelected(m, now);
                    onCommit.run();
                }
            });
            form.selectedModels().addListener((ListChangeListener<ModelKind>) c ->
                    box.setSelected(form.selectedModels().contains(m)));
            getChildren().add(box);
        }
        getChildren().add(FieldError.beside(form, this, ExperimentForm.MODELS));
    }
}
