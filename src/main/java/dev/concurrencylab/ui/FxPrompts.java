package dev.concurrencylab.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks and warns with the toolkit's alert dialogs. */
final class FxPrompts implements UserPrompts {
    private final Window owner;

    FxPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askToSave(String name) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(ExperimentDocument.APP);
        alert.setHeaderText("Save the changes to " + name + "?");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(ExperimentDocument.APP);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
