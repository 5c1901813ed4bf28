package dev.concurrencylab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The centre: one timeline panel per model, stacked, all on one time axis. */
final class ComparisonView extends VBox {
    private final LabViewModel vm;
    private final PanelLinks links;
    private final List<RunPanelView> panels = new ArrayList<>();
    private final Label placeholder = new Label(
            "Choose a workload and one to eight models on the left, then Run (Ctrl+R).");

    ComparisonView(LabViewModel vm, PanelLinks links) {
        this.vm = vm;
        this.links = links;
        setId("comparison");
        getStyleClass().add("comparison");
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);
        links.fitEndProperty().bind(vm.axisEndNanosProperty());
        vm.panels().addListener((ListChangeListener<RunPanelModel>) c -> rebuild());
        rebuild();
    }

    List<RunPanelView> panels() {
        return List.copyOf(panels);
    }

    /**
     * When the panels do not fit, each gives up the same share of what it could give (its preferred height
     * above its minimum), so a 5-lane panel under a 2,000-lane one shrinks in proportion instead of by the same
     * number of pixels as its big neighbour (a VBox's rule, which flattened small panels to slivers).
     */
    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double space = getHeight() - in.getTop() - in.getBottom() - getSpacing() * Math.max(0, panels.size() - 1);
        double[] min = new double[panels.size()];
        double[] pref = new double[panels.size()];
        double sumMin = 0;
        double sumPref = 0;
        for (int i = 0; i < panels.size(); i++) {
            min[i] = panels.get(i).minHeight(width);
            pref[i] = Math.max(min[i], panels.get(i).prefHeight(width));
            sumMin += min[i];
            sumPref += pref[i];
        }
        if (panels.isEmpty() || sumPref <= space) {
            super.layoutChildren();
            return;
        }
        double share = Math.clamp((space - sumMin) / Math.max(1, sumPref - sumMin), 0, 1);
        double y = in.getTop();
        for (int i = 0; i < panels.size(); i++) {
            double h = snapSizeY(min[i] + (pref[i] - min[i]) * share);
            panels.get(i).resizeRelocate(in.getLeft(), y, width, h);
            y += h + getSpacing();
        }
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
