package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.net.LatencyServer;
import dev.concurrencylab.net.Reply;
import dev.concurrencylab.render.SegmentHit;
import dev.concurrencylab.render.TimeWindow;
import dev.concurrencylab.ui.timeline.TimelineView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rough edges a class would hit, driven in the real window: stray runs, stale timelines, zoom, failures. */
class ClassroomWindowTest extends LabWindowTestSupport {
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        mount(stage);
    }

    @Test
    void escOnlyStopsWhateverHasFocus(FxRobot robot) throws Exception {
        robot.interact(() -> vm().autoRunProperty().set(true));
        load(robot, experiment(sleep(3, 5), 2, ModelKind.SEQUENTIAL, ModelKind.POOL));
        runAndWait(robot, 20);
        List<RunPanelModel> finished = List.copyOf(vm().panels());

        // focus on a slider, a run finished: Esc starts nothing
        robot.clickOn(reveal(robot, app.window().form().workersField()).slider());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        assertThat(vm().runningProperty().get()).isFalse();
        assertThat(vm().panels()).as("the same comparison").containsExactlyElementsOf(finished);

        // a long run under way, the slider still focused: Esc stops it and nothing starts again
        load(robot, experiment(sleep(300, 20), 2, ModelKind.SEQUENTIAL, ModelKind.POOL));
        clickRun(robot);
        robot.clickOn(app.window().form().workersField().slider());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> vm().panels().getFirst().phaseProperty().get() == RunPhase.RUNNING);
        List<RunPanelModel> stopped = List.copyOf(vm().panels());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntilIdle(10);
        Thread.sleep(300);
        assertThat(vm().runningProperty().get()).isFalse();
        assertThat(vm().panels()).as("not restarted").containsExactlyElementsOf(stopped);
        assertThat(vm().panels()).extracting(p -> p.phaseProperty().get())
                .containsExactly(RunPhase.STOPPED, RunPhase.NOT_RUN);
    }

    @Test
    void aClickOrTabThatChangesNothingRunsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> vm().autoRunProperty().set(true));
        load(robot, experiment(sleep(3, 5), 2, ModelKind.SEQUENTIAL, ModelKind.POOL));
        robot.clickOn(reveal(robot, app.window().form().workersField()).slider().lookup(".thumb"));
        robot.clickOn(reveal(robot, robot.lookup("#tasks-value").queryAs(TextField.class)));
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        assertThat(vm().panels()).as("nothing ran").isEmpty();

        // a changed box does run when left
        robot.doubleClickOn("#tasks-value").eraseText(3).write("4");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !vm().panels().isEmpty());
        waitUntilIdle(20);
        assertThat(vm().outputs()).hasSize(2).allSatisfy(o -> assertThat(o.result().tasks()).isEqualTo(4));
    }

    @Test
    void openingAPresetClearsTheTimelinesOfTheExperimentBefore(FxRobot robot) throws Exception {
        load(robot, experiment(sleep(3, 5), 2, ModelKind.SEQUENTIAL, ModelKind.POOL));
        runAndWait(robot, 20);
        assertThat(app.window().comparison().panels()).hasSize(2);

        robot.clickOn("Experiments").clickOn("Classic CPU: regex");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm().panels()).isEmpty();
        assertThat(vm().outputs()).isEmpty();
        assertThat(app.window().comparison().panels()).isEmpty();
        assertThat(robot.lookup("#summary .placeholder").tryQuery()).isPresent();
        assertThat(vm().statusProperty().get()).contains("Classic CPU: regex");
        assertThat(robot.lookup("#replay").queryButton().isDisabled()).as("nothing to replay").isTrue();
        assertThat(errors).isEmpty();
    }

    @Test
    void aStatusLineLongerThanTheWindowLeavesStopWhole(FxRobot robot) {
        onAProjector(robot, 1.5);
        robot.interact(() -> vm().clear("Done: " + "cpython-sequential 3.78 s, ".repeat(20)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownText(robot.lookup("#status-stop").queryAs(Labeled.class))).as("not cut to '…'")
                .isEqualTo("Stop");
    }

    @Test
    void clickingAPlusTwiceWhereItWasZoomsTwice(FxRobot robot) {
        onAProjector(robot, 1.0);
        WaitForAsyncUtils.waitForFxEvents();
        double before = app.appearance().fontScaleProperty().get();
        Node larger = robot.lookup("#larger-text").query();
        Point2D spot = larger.localToScreen(larger.getLayoutBounds().getWidth() / 2,
                larger.getLayoutBounds().getHeight() / 2);
        robot.clickOn(spot);
        WaitForAsyncUtils.waitForFxEvents();
        double once = app.appearance().fontScaleProperty().get();
        robot.clickOn(spot); // a teacher clicks again without moving the mouse
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(once).isGreaterThan(before);
        assertThat(app.appearance().fontScaleProperty().get()).as("the second click also zoomed in").isGreaterThan(once);
    }

    @Test
    void atOneAndAHalfTimesTheTextOnA1280By720ScreenEveryToolbarActionIsWholeAndInView(FxRobot robot)
            throws Exception {
        onAProjector(robot, 1.5);
        load(robot, experiment(sleep(3, 5), 4, ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.VIRTUAL,
                ModelKind.EVENTLOOP));
        runAndWait(robot, 20);
        WaitForAsyncUtils.waitForFxEvents();

        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        Node toolbar = robot.lookup("#toolbar").query();
        List<String> controls = new ArrayList<>();
        for (String id : List.of("#view-threads", "#view-tasks", "#replay", "#replay-speed", "#show-all", "#export",
                "#dark-theme", "#smaller-text", "#larger-text", "#full-screen")) {
            Node n = robot.lookup(id).query();
            controls.add(id);
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertThat(n.isVisible()).as(id).isTrue();
            assertThat(b.getMinX()).as("%s left edge", id).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as("%s right edge in a %s px wide window", id, width).isLessThanOrEqualTo(width);
            assertThat(b.getMaxY()).as(id).isLessThanOrEqualTo(toolbar.localToScene(toolbar.getLayoutBounds()).getMaxY());
            if (n instanceof Labeled l && !l.getText().isEmpty()) {
                assertThat(shownText(l)).as("%s's text is not cut short", id).isEqualTo(l.getText());
            }
        }
        assertThat(controls).hasSize(10);
        for (String id : List.of("#run", "#stop", "#status-stop")) {
            Bounds b = robot.lookup(id).query().localToScene(robot.lookup(id).query().getLayoutBounds());
            assertThat(b.getMaxY()).as("%s in view without scrolling", id).isLessThanOrEqualTo(height);
            assertThat(b.getMaxX()).as(id).isLessThanOrEqualTo(width);
        }
        // lane labels and axis grew with the text, and every pool lane keeps its label
        TimelineView pool = robot.lookup("#timeline-pool").queryAs(TimelineView.class);
        assertThat(app.window().links().fontSizeProperty().get()).isEqualTo(LabWindow.TIMELINE_FONT_PX * 1.5);
        assertThat(pool.laneLayout().rows()).isEqualTo(4);
        assertThat(pool.laneLayout().rowHeight()).as("a row holds its label").isGreaterThanOrEqualTo(
                (int) Math.ceil(LabWindow.TIMELINE_FONT_PX * 1.5 - 1));

        // Show all is there whenever the view is zoomed, and zooms back out
        Button showAll = robot.lookup("#show-all").queryButton();
        assertThat(showAll.isDisabled()).isTrue();
        robot.interact(() -> app.window().links().windowProperty().set(new TimeWindow(1_000_000, 2_000_000)));
        assertThat(showAll.isDisabled()).isFalse();
        robot.clickOn(showAll);
        assertThat(app.window().links().windowProperty().get()).isNull();
    }

    @Test
    void aFailedTaskSaysWhyInItsTooltipTheSummaryAndTheStatusBar(FxRobot robot) throws Exception {
        try (LatencyServer server = LatencyServer.start(Reply.defaults())) {
            WorkloadConfig http = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(3).withLatencyMs(5)
                    .withUrls(List.of(server.site(1, "delay=5&error=1").toString()));
            load(robot, experiment(http, 2, ModelKind.SEQUENTIAL));
            runAndWait(robot, 20);
        }
        assertThat(vm().outputs()).hasSize(1);
        assertThat(vm().outputs().getFirst().result().errors()).isEqualTo(3);
        assertThat(vm().statusProperty().get()).contains("3 tasks failed");
        assertThat(robot.lookup("#summary-sequential").queryAs(Label.class).getText()).contains("3 failed: HTTP 500");

        TimelineView timeline = robot.lookup("#timeline-sequential").queryAs(TimelineView.class);
        Point2D failed = null;
        for (double x = timeline.labelWidth() + 1; x < timeline.getWidth() && failed == null; x += 2) {
            SegmentHit hit = timeline.hitAt(x, timeline.laneLayout().rowHeight() / 2.0);
            if (hit != null && hit.failed()) {
                failed = timeline.localToScreen(x, timeline.laneLayout().rowHeight() / 2.0);
            }
        }
        assertThat(failed).as("a failed segment on the timeline").isNotNull();
        robot.moveTo(failed);
        WaitForAsyncUtils.waitForFxEvents();
        Label tip = robot.lookup(".timeline-tooltip").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tip::isVisible);
        assertThat(tip.getText()).contains("(failed: HTTP 500)");
    }

    /** The text a label actually draws, which its skin cuts short with "…" when it does not fit. */
    /** The window at 1280 × 720, a common projector, with text at {@code fontScale}. */
    private void onAProjector(FxRobot robot, double fontScale) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            app.appearance().fontScaleProperty().set(fontScale);
        });
    }

    private static String shownText(Labeled l) {
        return l.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse("");
    }
}
