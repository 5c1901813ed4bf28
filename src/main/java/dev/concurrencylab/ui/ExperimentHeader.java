package dev.concurrencylab.ui;

import dev.concurrencylab.store.ExperimentFile;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Above the form: the open experiment's name and what to watch for, the latter marked "(edited: …)" once the
 * form no longer holds the setup it was written for; hidden for an unnamed experiment.
 */
final class ExperimentHeader extends VBox {
    ExperimentHeader(ObservableValue<ExperimentFile> experiment, ObservableValue<String> shownDescription) {
        super(4);
        setId("experiment-header");
        getStyleClass().add(Styles.EXPERIMENT_HEADER);
        Label name = new Label();
        name.setId("experiment-name");
        name.getStyleClass().add(Styles.SECTION_TITLE);
        name.setWrapText(true);
        Label description = new Label();
        description.setId("experiment-description");
        description.getStyleClass().add(Styles.EXPERIMENT_DESCRIPTION);
        description.setWrapText(true);
        name.textProperty().bind(Bindings.createStringBinding(() -> text(experiment.getValue().name()), experiment));
        description.textProperty().bind(Bindings.createStringBinding(() -> text(shownDescription.getValue()),
                shownDescription));
        var shown = name.textProperty().isNotEmpty().or(description.textProperty().isNotEmpty());
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
        description.visibleProperty().bind(description.textProperty().isNotEmpty());
        description.managedProperty().bind(description.visibleProperty());
        getChildren().addAll(name, description);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
