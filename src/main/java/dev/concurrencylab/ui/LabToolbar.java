package dev.concurrencylab.ui;

import dev.concurrencylab.render.LaneMode;
import dev.concurrencylab.ui.timeline.ReplayClock;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/**
 * Above the panels: thread or task view, replay and its speed, export, theme, zoom and full screen. Controls come
 * in groups that wrap onto another row as a whole when the window is narrow or the text large, and never shrink
 * below their text ("Thre…").
 */
final class LabToolbar extends FlowPane {
    private final HBox textSize;

    LabToolbar(LabViewModel vm, PanelLinks links, Appearance look, MenuButton export, ObservableBooleanValue fullScreen,
               Runnable toggleFullScreen) {
        setId("toolbar");
        getStyleClass().add(Styles.TOOLBAR);

        ToggleButton threads = new ToggleButton("Threads");
        threads.setId("view-threads");
        ToggleButton tasks = new ToggleButton("Tasks");
        tasks.setId("view-tasks");
        threads.setSelected(links.laneModeProperty().get() == LaneMode.THREADS);
        tasks.setSelected(!threads.isSelected());
        SegmentedButton view = new SegmentedButton(threads, tasks);
        // one of the two stays selected: clicking the selected one again does nothing
        view.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                links.laneModeProperty().set(now == threads ? LaneMode.THREADS : LaneMode.TASKS);
            }
        });

        ReplayClock clock = links.replay();
        Button replay = new Button();
        replay.setId("replay");
        replay.textProperty().bind(Bindings.when(clock.playingProperty()).then("Pause").otherwise("Replay"));
        replay.setTooltip(new Tooltip("Play every panel again, in sync, at the chosen speed"));
        replay.disableProperty().bind(vm.canReplayBinding().not());
        replay.setOnAction(e -> {
            if (clock.playingProperty().get()) {
                clock.pause();
            } else {
                clock.play();
            }
        });
        Button showAll = new Button("Show all");
        showAll.setId("show-all");
        showAll.setTooltip(new Tooltip("End the replay and zoom out to the whole runs (or double-click a timeline)"));
        showAll.disableProperty().bind(clock.timeProperty().lessThan(0).and(links.windowProperty().isNull()));
        showAll.setOnAction(e -> {
            clock.stop();
            links.windowProperty().set(null);
        });
        // speed on a log scale, 0.1× to 10×: slow motion for a 100 ms run, fast forward for a 20 s one
        Slider speed = new Slider(Math.log10(ReplayClock.MIN_SPEED), Math.log10(ReplayClock.MAX_SPEED),
                Math.log10(clock.speedProperty().get()));
        speed.setId("replay-speed");
        speed.setPrefWidth(130);
        speed.setBlockIncrement(0.1);
        speed.setTooltip(new Tooltip("Replay speed: 0.1× (slow motion) to 10×"));
        speed.valueProperty().addListener((o, was, now) -> clock.speedProperty().set(Math.pow(10, now.doubleValue())));
        Label speedText = new Label();
        speedText.setId("replay-speed-text");
        speedText.textProperty().bind(Bindings.createStringBinding(() -> speedText(clock.speedProperty().get()),
                clock.speedProperty()));

        ToggleSwitch dark = new ToggleSwitch("Dark");
        dark.setId("dark-theme");
        dark.selectedProperty().bindBidirectional(look.darkProperty());
        Button smaller = button("A−", "smaller-text", "Smaller text (Ctrl −)", look::zoomOut);
        Button larger = button("A+", "larger-text", "Larger text (Ctrl +)", look::zoomIn);
        Button full = button("", "full-screen", "Full screen on and off (F11)", toggleFullScreen);
        full.textProperty().bind(Bindings.when(fullScreen).then("Leave full screen").otherwise("Full screen"));

        getChildren().addAll(group(view), group(replay, speed, speedText, showAll), group(export), group(dark, full));
        textSize = group(smaller, larger);
        textSize.setId("text-size");
    }

    /**
     * A− and A+, for the window's right edge: everything to their left grows with the text (the form too), so in the
     * bar a second click on A+ landed on A−; anchored to the right, A+ stays under the pointer.
     */
    Node textSize() {
        return textSize;
    }

    /** Controls that wrap together, each kept at least as wide as its text. */
    private static HBox group(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Control c && !(n instanceof Slider)) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox box = new HBox(nodes);
        box.getStyleClass().add(Styles.TOOLBAR_GROUP);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static String speedText(double speed) {
        return String.format(Locale.ROOT, speed < 1 ? "%.2f×" : "%.1f×", speed);
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
