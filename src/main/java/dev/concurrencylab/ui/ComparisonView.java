package dev.concurrencylab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The centre: one timeline panel per model, stacked, all on one time axis. */
final class ComparisonView extends VBox {
    private final LabViewModel vm;
    private final PanelLinks links;
    private final List<RunPanelView> panels = new ArrayList<>();
    private final Label placeholder = new Label(
            "Choose a workload and one to four models on the left, then Run (Ctrl+R).");

    ComparisonView(LabViewModel vm, PanelLinks links) {
        this.vm = vm;
        this.links = links;
        setId("comparison");
        getStyleClass().add("comparison");
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        links.fitEndProperty().bind(vm.axisEndNanosProperty());
        vm.panels().addListener((ListChangeListener<RunPanelModel>) c -> rebuild());
        rebuild();
    }

    List<RunPanelView> panels() {
        return List.copyOf(panels);
    }

    private void rebuild() {
        panels.forEach(RunPanelView::dispose);
        panels.clear();
        links.replay().stop();
        links.windowProperty().set(null);
        links.highlightedTaskProperty().set(-1);
        for (RunPanelModel m : vm.panels()) {
            RunPanelView p = new RunPanelView(m, links);
            VBox.setVgrow(p, Priority.ALWAYS);
            panels.add(p);
        }
        if (panels.isEmpty()) {
            getChildren().setAll(placeholder);
        } else {
            getChildren().setAll(panels);
        }
    }
}
