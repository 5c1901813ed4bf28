package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.findings.Amounts;
import dev.concurrencylab.findings.FindingKind;
import dev.concurrencylab.store.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson opened from the menu and stepped through as a presenter would: question, run, takeaway, Page Down. */
class LessonWindowTest extends LabWindowTestSupport {
    private static final String LESSON = """
            {
              "schemaVersion": 1,
              "title": "Threads and waits",
              "steps": [
                {
                  "title": "One thread or two",
                  "experiment": {
                    "workload": { "kind": "sleep", "tasks": 6, "latencyMs": 20, "jitterMs": 0 },
                    "models": ["pool", "sequential"],
                    "settings": { "workers": 2, "warmup": false }
                  },
                  "question": "Predict: will 2 threads finish sooner than 1?",
                  "takeaway": "The pool took {pool.wall}, one thread {sequential.wall}. {sequential.queueing}."
                },
                {
                  "title": "An event loop",
                  "experiment": {
                    "workload": { "kind": "sleep", "tasks": 6, "latencyMs": 20, "jitterMs": 0 },
                    "models": ["eventloop"],
                    "settings": { "warmup": false }
                  },
                  "question": "Predict: how long on one event-loop thread?",
                  "takeaway": "{eventloop.wall} on one thread."
                }
              ]
            }
            """;

    @Start
    void start(Stage stage) throws IOException {
        mount(stage);
    }


    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean showing(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void aPresenterStepsThroughALessonWithPageDown(FxRobot robot) throws Exception {
        toOpen = dir.resolve("threads.json");
        Files.writeString(toOpen, LESSON);
        assertThat(showing(robot, "#lesson-panel")).isFalse();

        robot.clickOn("#lesson-menu").clickOn("#open-lesson");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(showing(robot, "#lesson-panel")).isTrue();
        assertThat(text(robot, "#lesson-step")).isEqualTo("Step 1 of 2");
        assertThat(text(robot, "#lesson-question")).isEqualTo("Predict: will 2 threads finish sooner than 1?");
        assertThat(showing(robot, "#lesson-takeaway")).as("no takeaway before the run").isFalse();
        assertThat(vm().form().configProperty().get().models()).extracting(m -> m.id()).as("the lesson's order")
                .containsExactly("pool", "sequential");

        robot.clickOn("#lesson-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing(robot, "#lesson-takeaway"));
        List<RunOutput> runs = List.copyOf(vm().outputs());
        assertThat(runs).hasSize(2);
        String takeaway = text(robot, "#lesson-takeaway");
        String queueing = app.window().findings().findingsProperty().get().find(1, FindingKind.QUEUEING)
                .orElseThrow().message();
        assertThat(takeaway).isEqualTo("The pool took " + Amounts.duration(runs.get(0).result().wallMs())
                + ", one thread " + Amounts.duration(runs.get(1).result().wallMs()) + ". " + queueing + ".");
        assertThat(queueing).contains("waited in the queue");

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#lesson-step")).isEqualTo("Step 2 of 2");
        assertThat(text(robot, "#lesson-question")).isEqualTo("Predict: how long on one event-loop thread?");
        assertThat(showing(robot, "#lesson-takeaway")).isFalse();
        assertThat(vm().form().configProperty().get().models()).extracting(m -> m.id()).containsExactly("eventloop");

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#lesson-step")).isEqualTo("Step 1 of 2");
        assertThat(text(robot, "#lesson-takeaway")).as("a step keeps its takeaway").isEqualTo(takeaway);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#lesson-panel")).isFalse();
    }

    @Test
    void aLessonShowsItsOwnStepAndRunsItsComparisonWhateverWasOpenBefore(FxRobot robot) throws Exception {
        robot.interact(() -> app.document().openPreset(Presets.load("gil-vs-free-threads")));
        robot.interact(() -> app.sweep().shownProperty().set(true)); // the Sweep tab in front
        toOpen = dir.resolve("threads.json");
        Files.writeString(toOpen, LESSON);

        robot.clickOn("#lesson-menu").clickOn("#open-lesson");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.sweep().shownProperty().get()).as("the comparison in front").isFalse();
        assertThat(app.document().experimentProperty().get().name()).as("the step's name, not the preset's")
                .isEqualTo("One thread or two");
        assertThat(app.document().descriptionBinding().get()).as("no other experiment's text").isNull();
        assertThat(app.document().titleBinding().get()).startsWith("One thread or two");

        robot.interact(() -> app.sweep().shownProperty().set(true)); // the teacher clicks the Sweep tab again
        robot.clickOn("#lesson-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing(robot, "#lesson-takeaway"));
        assertThat(app.sweep().shownProperty().get()).isFalse();
        assertThat(vm().outputs()).as("a comparison ran, not a sweep").hasSize(2);
    }
}
