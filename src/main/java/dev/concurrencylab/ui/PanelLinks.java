package dev.concurrencylab.ui;

import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.render.LaneMode;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.TimeWindow;
import dev.concurrencylab.ui.timeline.ReplayClock;
import dev.concurrencylab.ui.timeline.TimelineView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the panels of one comparison share: one time window (so one axis: the same nanoseconds per pixel),
 * the lane mode, the highlighted task, the palette, where "fit" ends (the longest run), the replay clock and the
 * findings (shown or not, and the one picked).
 */
final class PanelLinks {
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>();
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(LaneMode.THREADS);
    private final IntegerProperty highlightedTask = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.LIGHT);
    private final LongProperty fitEnd = new SimpleLongProperty();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(13);
    private final ReplayClock replay = new ReplayClock();
    private final ObjectProperty<ComparisonFindings> findings = new SimpleObjectProperty<>(ComparisonFindings.NONE);
    private final BooleanProperty showFindings = new SimpleBooleanProperty(true);
    private final IntegerProperty selectedFinding = new SimpleIntegerProperty(-1);

    PanelLinks() {
        replay.endNanosProperty().bind(fitEnd);
    }

    /** The shared window; null fits every panel to the longest run. */
    ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    IntegerProperty highlightedTaskProperty() {
        return highlightedTask;
    }

    ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    LongProperty fitEndProperty() {
        return fitEnd;
    }

    /** The timelines' label and axis text size, in pixels (follows the window's font zoom). */
    DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    ReplayClock replay() {
        return replay;
    }

    /** The comparison's findings, drawn on every panel (each its own run's). */
    ObjectProperty<ComparisonFindings> findingsProperty() {
        return findings;
    }

    BooleanProperty showFindingsProperty() {
        return showFindings;
    }

    /** The number of the finding picked in the list, -1 for none. */
    IntegerProperty selectedFindingProperty() {
        return selectedFinding;
    }

    void attach(TimelineView t) {
        t.windowProperty().bindBidirectional(window);
        t.highlightedTaskProperty().bindBidirectional(highlightedTask);
        t.laneModeProperty().bind(laneMode);
        t.paletteProperty().bind(palette);
        t.fitEndProperty().bind(fitEnd);
        t.replayTimeProperty().bind(replay.timeProperty());
        t.fontSizeProperty().bind(fontSize);
        t.findingsProperty().bind(findings);
        t.showFindingsProperty().bind(showFindings);
        t.selectedFindingProperty().bind(selectedFinding);
    }

    void detach(TimelineView t) {
        t.windowProperty().unbindBidirectional(window);
        t.highlightedTaskProperty().unbindBidirectional(highlightedTask);
        t.laneModeProperty().unbind();
        t.paletteProperty().unbind();
        t.fitEndProperty().unbind();
        t.replayTimeProperty().unbind();
        t.fontSizeProperty().unbind();
        t.findingsProperty().unbind();
        t.showFindingsProperty().unbind();
        t.selectedFindingProperty().unbind();
    }
}
