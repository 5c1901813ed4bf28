package dev.concurrencylab.ui;

import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.ui.timeline.TimelineView;
import javafx.beans.value.ChangeListener;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One model's panel: its header (model, threads, wall time, efficiency) over its timeline. */
final class RunPanelView extends VBox {
    private final RunPanelModel model;
    private final TimelineView timeline = new TimelineView();
    private final ChangeListener<TraceSnapshot> onTrace = (o, was, now) -> timeline.setTrace(now);
    private final ChangeListener<RunResult> onResult = (o, was, now) -> showCores(now);
    private final PanelLinks links;

    RunPanelView(RunPanelModel model, PanelLinks links) {
        this.model = model;
        this.links = links;
        setId("panel-" + model.entry().slug());
        getStyleClass().add(Styles.PANEL);
        PanelHeaderView header = new PanelHeaderView(model, timeline.groupingNoteProperty());
        timeline.setId("timeline-" + model.entry().slug());
        timeline.setWaitCauses(model.waitCauses());
        VBox.setVgrow(timeline, Priority.ALWAYS);
        getChildren().addAll(header, timeline);

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
