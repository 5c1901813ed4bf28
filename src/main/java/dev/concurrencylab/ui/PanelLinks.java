package dev.concurrencylab.ui;

import dev.concurrencylab.render.LaneMode;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.TimeWindow;
import dev.concurrencylab.ui.timeline.ReplayClock;
import dev.concurrencylab.ui.timeline.TimelineView;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the panels of one comparison share: one time window (so one axis: the same nanoseconds per pixel),
 * the lane mode, the highlighted task, the palette, where "fit" ends (the longest run) and the replay clock.
 */
final class PanelLinks {
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>();
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(LaneMode.THREADS);
    private final IntegerProperty highlightedTask = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.LIGHT);
    private final LongProperty fitEnd = new SimpleLongProperty();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(13);
    private final ReplayClock replay = new ReplayClock();

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

    void attach(TimelineView t) {
        t.windowProperty().bindBidirectional(window);
        t.highlightedTaskProperty().bindBidirectional(highlightedTask);
        t.laneModeProperty().bind(laneMode);
        t.paletteProperty().bind(palette);
        t.fitEndProperty().bind(fitEnd);
        t.replayTimeProperty().bind(replay.timeProperty());
        t.fontSizeProperty().bind(fontSize);
    }

    void detach(TimelineView t) {
        t.windowProperty().unbindBidirectional(window);
        t.highlightedTaskProperty().unbindBidirectional(highlightedTask);
        t.laneModeProperty().unbind();
        t.paletteProperty().unbind();
        t.fitEndProperty().unbind();
        t.replayTimeProperty().unbind();
        t.fontSizeProperty().unbind();
    }
}
