package dev.concurrencylab.ui;

import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.ui.timeline.TimelineView;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One model's panel: its header (model, workers, wall time, efficiency) over its timeline. */
final class RunPanelView extends VBox {
    private final RunPanelModel model;
    private final TimelineView timeline = new TimelineView();
    private final ChangeListener<TraceSnapshot> onTrace = (o, was, now) -> timeline.setTrace(now);
    private final ChangeListener<RunResult> onResult = (o, was, now) -> showCores(now);
    private final PanelLinks links;

    RunPanelView(RunPanelModel model, PanelLinks links) {
        this.model = model;
        this.links = links;
        setId("panel-" + model.model().id());
        getStyleClass().add(Styles.PANEL);
        Label header = new Label();
        header.setId("header-" + model.model().id());
        header.getStyleClass().add(Styles.PANEL_HEADER);
        header.textProperty().bind(model.headerProperty());
        header.setMinWidth(Region.USE_PREF_SIZE);
        Label note = new Label();
        note.setId("note-" + model.model().id());
        note.getStyleClass().add(Styles.PANEL_NOTE);
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        Tooltip explained = new Tooltip();
        explained.setWrapText(true);
        explained.setMaxWidth(420);
        explained.textProperty().bind(model.noteExplainedProperty());
        note.setTooltip(explained);
        HBox top = new HBox(12, header, note);
        top.setAlignment(Pos.BASELINE_LEFT);
        timeline.setId("timeline-" + model.model().id());
        timeline.setWaitCauses(model.waitCauses());
        VBox.setVgrow(timeline, Priority.ALWAYS);
        getChildren().addAll(top, timeline);

        timeline.setTrace(model.traceProperty().get());
        model.traceProperty().addListener(onTrace);
        model.resultProperty().addListener(onResult);
        timeline.findingsRunProperty().set(model.index());
        links.attach(timeline);
    }

    RunPanelModel model() {
        return model;
    }

    TimelineView timeline() {
        return timeline;
    }

    private void showCores(RunResult r) {
        if (r != null && r.cores() > 0) {
            timeline.coresProperty().set(r.cores());
        }
    }

    /** Lets go of the model and the shared properties, so an old panel can be collected. */
    void dispose() {
        model.traceProperty().removeListener(onTrace);
        model.resultProperty().removeListener(onResult);
        links.detach(timeline);
        timeline.dispose();
    }
}
