package dev.concurrencylab.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/** The bottom line: what is happening, progress through the comparison while it runs, and Stop. */
final class LabStatusBar extends StatusBar {
    LabStatusBar(LabViewModel vm) {
        setId("status-bar");
        textProperty().bind(vm.statusProperty());
        progressProperty().bind(Bindings.when(vm.runningProperty()).then(vm.progressProperty()).otherwise(0.0));
        Button stop = new Button("Stop");
        stop.setId("status-stop");
        stop.getStyleClass().add(Styles.STOP_BUTTON);
        stop.setTooltip(new Tooltip("Stop every run (Esc)"));
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.stop());
        stop.setMinWidth(Region.USE_PREF_SIZE); // a long status line cut Stop down to "…"
        Tooltip whole = new Tooltip(); // and the line itself, when cut short, is whole here
        whole.textProperty().bind(vm.statusProperty());
        setTooltip(whole);
        getRightItems().add(stop);
    }
}
