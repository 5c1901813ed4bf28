package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.ThemeColour;
import dev.concurrencylab.ui.timeline.FxColours;
import dev.concurrencylab.ui.timeline.TimelineView;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Auto-run, replay, theme, font zoom and what is remembered for the next launch. */
class PresenterControlsTest extends LabWindowTestSupport {
    @Start
    void start(Stage stage) throws IOException {
        mount(stage);
    }

    @Test
    void withAutoRunOnReleasingASliderRunsAndReplayRacesThePanels(FxRobot robot) throws Exception {
        load(robot, experiment(sleep(4, 20), 2, ModelKind.SEQUENTIAL, ModelKind.POOL));
        robot.clickOn(reveal(robot, robot.lookup("#auto-run .thumb-area").queryAs(Node.class)));
        assertThat(vm().autoRunProperty().get()).isTrue();
        dragTo(robot, reveal(robot, app.window().form().workersField()), 4);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !vm().panels().isEmpty());
        waitUntilIdle(20);
        assertThat(vm().outputs()).hasSize(2);

        robot.clickOn("#replay");
        TimelineView seq = robot.lookup("#timeline-sequential").queryAs(TimelineView.class);
        TimelineView pool = robot.lookup("#timeline-pool").queryAs(TimelineView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seq.replayTimeProperty().get() > 0);
        assertThat(pool.replayTimeProperty().get()).as("in sync").isEqualTo(seq.replayTimeProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.window().links().replay().playingProperty().get());
    }

    @Test
    void themeAndFontZoomApplyToTheWholeWindowAndAreRemembered(FxRobot robot) {
        String before = app.window().getStyle();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(app.window().getStyle()).isNotEqualTo(before).contains("-fx-font-size: 19.4px");
        assertThat(app.window().links().fontSizeProperty().get()).as("timeline text zooms too")
                .isCloseTo(13 * 1.21, within(0.01));
        robot.clickOn(robot.lookup("#dark-theme .thumb-area").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        // the controls take the palette's colours: the side bar is the dark theme's
        Region side = robot.lookup("#side").queryAs(Region.class);
        assertThat(side.getBackground().getFills().getFirst().getFill())
                .isEqualTo(FxColours.of(Palette.DARK.get(ThemeColour.SIDE)));

        load(robot, experiment(sleep(7, 15), 3, ModelKind.POOL, ModelKind.EVENTLOOP));
        robot.interact(app::stop);
        LabSettings saved = new LabSettingsStore(dir.resolve("settings.json")).load();
        assertThat(saved.dark()).isTrue();
        assertThat(saved.fontScale()).isCloseTo(1.21, within(0.001));
        assertThat(saved.experiment().workload().tasks()).isEqualTo(7);
        assertThat(saved.experiment().kinds()).containsExactly(ModelKind.POOL, ModelKind.EVENTLOOP);
    }
}
