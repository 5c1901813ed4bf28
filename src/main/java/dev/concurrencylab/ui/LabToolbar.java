package dev.concurrencylab.ui;

import dev.concurrencylab.render.LaneMode;
import dev.concurrencylab.ui.timeline.ReplayClock;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/** Above the panels: thread or task view, replay and its speed, export, theme, zoom and full screen. */
final class LabToolbar extends HBox {
    LabToolbar(LabViewModel vm, PanelLinks links, Appearance look, MenuButton export, Runnable fullScreen) {
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
        showAll.setTooltip(new Tooltip("End the replay and show the whole runs"));
        showAll.disableProperty().bind(clock.timeProperty().lessThan(0));
        showAll.setOnAction(e -> clock.stop());
        Slider speed = new Slider(ReplayClock.MIN_SPEED, ReplayClock.MAX_SPEED, clock.speedProperty().get());
        speed.setId("replay-speed");
        speed.setPrefWidth(110);
        speed.setBlockIncrement(0.05);
        clock.speedProperty().bindBidirectional(speed.valueProperty());
        Label speedText = new Label();
        speedText.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.2f×", speed.getValue()), speed.valueProperty()));

        ToggleSwitch dark = new ToggleSwitch("Dark");
        dark.setId("dark-theme");
        dark.selectedProperty().bindBidirectional(look.darkProperty());
        Button smaller = button("A−", "Smaller text (Ctrl −)", look::zoomOut);
        Button larger = button("A+", "Larger text (Ctrl +)", look::zoomIn);
        Button full = button("Full screen", "Full screen on and off (F11)", fullScreen);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(view, replay, speed, speedText, showAll, export, gap, dark, smaller, larger, full);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
