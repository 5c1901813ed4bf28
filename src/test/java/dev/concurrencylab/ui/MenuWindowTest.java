package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import dev.concurrencylab.ui.timeline.TimelineView;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The menu bar driven as a user would: a preset from the Experiments menu, a recording from the File menu. */
class MenuWindowTest extends LabWindowTestSupport {

    @Start
    void start(Stage stage) throws IOException {
        mount(stage);
    }


    @Test
    void aPresetFromTheExperimentsMenuFillsTheFormAndShowsItsDescription(FxRobot robot) {
        Label name = robot.lookup("#experiment-name").queryAs(Label.class);
        javafx.scene.Node header = robot.lookup("#experiment-header").query();
        assertThat(header.isVisible()).as("an unnamed experiment has no header").isFalse();

        robot.clickOn("Experiments").clickOn("Connection-pool bottleneck");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ComboBox<WorkloadKind> workload = robot.lookup("#workload").queryAs(ComboBox.class);
        assertThat(workload.getValue()).isEqualTo(WorkloadKind.HTTP);
        assertThat(robot.lookup("#tasks-value").queryAs(TextField.class).getText()).isEqualTo("200");
        TextField connections = robot.lookup("#max-connections-value").queryAs(TextField.class);
        assertThat(connections.getText()).isEqualTo("5");
        assertThat(connections.isVisible()).isTrue();
        assertThat(vm().form().selectedModels()).extracting(ModelEntry::kind).containsExactly(ModelKind.POOL, ModelKind.VIRTUAL);
        assertThat(header.isVisible()).isTrue();
        assertThat(name.getText()).isEqualTo("Connection-pool bottleneck");
        assertThat(robot.lookup("#experiment-description").queryAs(Label.class).getText())
                .contains("only 5 connections");
        assertThat(robot.window(0).getScene().getWindow()).isInstanceOfSatisfying(Stage.class,
                s -> assertThat(s.getTitle()).isEqualTo("Connection-pool bottleneck — Concurrency Lab"));
        assertThat(vm().panels()).as("nothing ran").isEmpty();
    }

    @Test
    void aRecordingOpensWithItsPanelsAndPublishedTimesWithoutRunning(FxRobot robot) throws Exception {
        ExperimentConfig config = experiment(sleep(4, 10), 2, ModelKind.SEQUENTIAL, ModelKind.POOL);
        List<RunOutput> runs = Comparison.execute(config, new CancelToken(), RunListener.NONE);
        toOpen = dir.resolve("lesson.labrun");
        RecordedRuns.write(toOpen, RecordedRun.now(new ExperimentFile("Recorded lesson", "Two models, recorded.",
                config, Map.of(ModelEntry.of(ModelKind.SEQUENTIAL), 1.5)), runs));

        robot.clickOn("File").clickOn("Open recording…");
        // read in the background, shown on the UI thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.isEmpty() || vm().outputs().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors).isEmpty();
        assertThat(vm().runningProperty().get()).isFalse();
        assertThat(vm().statusProperty().get()).startsWith("Recording of");
        assertThat(app.window().comparison().panels()).hasSize(2);
        TimelineView seq = robot.lookup("#timeline-sequential").queryAs(TimelineView.class);
        assertThat(seq.getTrace().complete()).isTrue();
        assertThat(seq.getTrace().threadLanes()).hasSize(1);
        assertThat(robot.lookup("#timeline-pool").queryAs(TimelineView.class).getTrace().threadLanes()).hasSize(2);
        assertThat(robot.lookup("#summary-sequential").queryAs(Label.class).getText()).contains("published 1.50 s");
        assertThat(robot.lookup("#summary-pool").queryAs(Label.class).getText()).doesNotContain("published");
        assertThat(robot.lookup("#experiment-name").queryAs(Label.class).getText()).isEqualTo("Recorded lesson");
        assertThat(robot.lookup("#replay").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(vm().outputs()).extracting(o -> o.result().wallMs())
                .containsExactlyElementsOf(runs.stream().map(o -> o.result().wallMs()).toList());
    }
}
