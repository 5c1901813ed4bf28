package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.render.ComparisonPicture;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.TimeWindow;
import dev.concurrencylab.ui.timeline.TimelineView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window as a user would. Small experiments, so each test takes a second or two. */
class LabWindowTest extends LabWindowTestSupport {
    @Start
    void start(Stage stage) throws IOException {
        mount(stage);
    }

    @Test
    void draggingWorkersToEightGivesEightThreadLanesOnThePool(FxRobot robot) throws Exception {
        load(robot, experiment(WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(16).withHashRounds(2000),
                2, ModelKind.POOL));
        dragTo(robot, reveal(robot, app.window().form().workersField()), 8);
        assertThat(robot.lookup("#workers-value").queryAs(TextField.class).getText()).isEqualTo("8");

        runAndWait(robot, 20);

        assertThat(vm().outputs()).hasSize(1);
        TimelineView timeline = robot.lookup("#timeline-pool").queryAs(TimelineView.class);
        TraceSnapshot trace = timeline.getTrace();
        assertThat(trace.complete()).isTrue();
        assertThat(trace.threadLanes()).hasSize(8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.laneLayout().lanes()).as("lanes painted").isEqualTo(8);
        assertThat(robot.lookup("#header-pool").queryAs(Label.class).getText()).contains("8 threads",
                "efficiency");
    }

    @Test
    void panelsShareOneAxisSoLengthsKeepTheTrueRatio(FxRobot robot) throws Exception {
        load(robot, experiment(sleep(5, 30), 4, ModelKind.SEQUENTIAL, ModelKind.EVENTLOOP));
        runAndWait(robot, 20);

        List<RunOutput> outputs = List.copyOf(vm().outputs());
        assertThat(outputs).as(vm().statusProperty().get()).hasSize(2);
        assertThat(app.window().comparison().panels()).hasSize(2);
        TimelineView seq = robot.lookup("#timeline-sequential").queryAs(TimelineView.class);
        TimelineView loop = robot.lookup("#timeline-eventloop").queryAs(TimelineView.class);
        TimeWindow w = seq.effectiveWindow();
        assertThat(loop.effectiveWindow()).as("one time axis").isEqualTo(w);
        long seqEnd = seq.getTrace().endNanos();
        long loopEnd = loop.getTrace().endNanos();
        assertThat(w.endNanos()).as("the axis spans the longer run").isEqualTo(Math.max(seqEnd, loopEnd));
        double width = seq.getWidth();
        assertThat(loop.getWidth()).isEqualTo(width);
        double painted = w.toX(seqEnd, width) / w.toX(loopEnd, width);
        double measured = outputs.get(0).result().wallMs() / outputs.get(1).result().wallMs();
        // 5 × 30 ms one after another against all five at once: about five times longer on a quiet machine, less
        // on a busy one; panels fitted each to its own run would paint 1
        assertThat(painted).isGreaterThan(1.5).isCloseTo(measured, within(measured * 0.1));
    }

    @Test
    void modelsRunInTheExperimentsOrderAndMovingOneUpMakesItTheBaseline(FxRobot robot) throws Exception {
        robot.interact(() -> vm().autoRunProperty().set(false));
        load(robot, experiment(sleep(4, 10), 2, ModelKind.EVENTLOOP, ModelKind.SEQUENTIAL));
        Node models = robot.lookup("#models").query();
        assertThat(robot.lookup("#model-place-eventloop").queryAs(Label.class).getText()).isEqualTo("1 · baseline");
        assertThat(robot.lookup("#model-up-eventloop").query().isVisible()).isFalse();

        robot.clickOn("#model-up-sequential");
        assertThat(vm().form().selectedModels()).extracting(ModelEntry::kind).containsExactly(ModelKind.SEQUENTIAL, ModelKind.EVENTLOOP);
        assertThat(robot.lookup("#model-place-sequential").queryAs(Label.class).getText()).isEqualTo("1 · baseline");
        assertThat(((javafx.scene.Parent) models).getChildrenUnmodifiable().get(0).lookup("#model-sequential"))
                .as("the chosen models are listed in run order").isNotNull();
        runAndWait(robot, 20);
        assertThat(vm().panels()).extracting(RunPanelModel::model).containsExactly(ModelKind.SEQUENTIAL,
                ModelKind.EVENTLOOP);
        assertThat(robot.lookup("#summary-sequential").queryAs(Label.class).getText()).contains("baseline");
        assertThat(robot.lookup("#summary-eventloop").queryAs(Label.class).getText()).doesNotContain("baseline")
                .containsPattern("\\d\\.\\d\\d×");
    }

    @Test
    void stopEndsEveryRunAndLeavesNoWorkerThread(FxRobot robot) throws Exception {
        load(robot, experiment(sleep(400, 50), 4, ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.EVENTLOOP));
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> vm().panels().size() == 3 && vm().panels().get(0).phaseProperty().get() == RunPhase.RUNNING);
        Thread.sleep(300);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntilIdle(5);

        assertThat(vm().panels()).extracting(p -> p.phaseProperty().get())
                .containsExactly(RunPhase.STOPPED, RunPhase.NOT_RUN, RunPhase.NOT_RUN);
        assertThat(vm().statusProperty().get()).startsWith("Stopped");
        assertThat(robot.lookup("#run").queryAs(Button.class).isDisabled()).isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> workerThreads().isEmpty());
    }

    @Test
    void exportWritesTheWholeComparisonAsAPng(FxRobot robot) throws Exception {
        load(robot, experiment(sleep(4, 10), 2, ModelKind.POOL, ModelKind.EVENTLOOP));
        runAndWait(robot, 20);

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(exportFile));
        BufferedImage one = ImageIO.read(exportFile.toFile());
        Files.delete(exportFile);
        robot.interact(() -> app.window().exporter().doubleScaleProperty().set(true));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(exportFile));
        BufferedImage two = ImageIO.read(exportFile.toFile());

        // the same picture as `compare --png`: 1200 pixels wide at 1×, repainted at 2×
        int width = ComparisonPicture.Options.defaults().width();
        assertThat(one.getWidth()).isEqualTo(width);
        assertThat(two.getWidth()).isEqualTo(2 * width);
        assertThat(two.getHeight()).isCloseTo(2 * one.getHeight(), within(4));
        assertThat(one.getHeight()).as("two panels, legend and summary").isGreaterThan(300);
        assertThat(containsColour(one, Palette.LIGHT.colour(State.IO_WAIT))).as("the sleeps are painted").isTrue();
        assertThat(app.window().exporter().lastSaved()).isEqualTo(exportFile);
    }

    @Test
    void anInvalidValueIsFlaggedBesideItsFieldAndNothingRuns(FxRobot robot) {
        load(robot, experiment(sleep(4, 10), 2, ModelKind.POOL));
        double thumb = robot.lookup("#tasks-slider").queryAs(Slider.class).getValue();
        robot.doubleClickOn("#tasks-value").eraseText(4).write("999999");
        assertThat(robot.lookup("#tasks-slider").queryAs(Slider.class).getValue())
                .as("the slider stays while the value is typed, and is refused").isEqualTo(thumb);
        robot.doubleClickOn("#tasks-value").eraseText(6).write("0");

        Label error = robot.lookup(".field-error").match(n -> n.isVisible()).queryAs(Label.class);
        assertThat(error.getText()).contains("tasks", "between 1 and");
        assertThat(robot.lookup("#run").queryAs(Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().statusProperty().get()).as("Ctrl+R says why").startsWith("Cannot run: tasks:");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().panels()).isEmpty();
        assertThat(vm().runningProperty().get()).isFalse();
        assertThat(robot.lookup("#tasks-slider").queryAs(Slider.class).getValue())
                .as("a refused value does not move the slider").isEqualTo(thumb);
    }

    private static boolean containsColour(BufferedImage image, int argb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) | 0xFF000000) == (argb | 0xFF000000)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("sequential") || n.startsWith("pool-") || n.startsWith("eventloop")
                        || n.startsWith(FxTaskExecutor.THREAD_PREFIX) || n.startsWith("gil-thread")
                        || n.startsWith("warmup"))
                .toList();
    }
}
