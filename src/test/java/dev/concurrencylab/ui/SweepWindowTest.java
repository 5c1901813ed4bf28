package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.render.SweepMarker;
import dev.concurrencylab.render.SweepPicture;
import dev.concurrencylab.ui.timeline.TimelineView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Sweep view driven as a user would: run a small sweep, watch its points come, open one, export, stop. */
class SweepWindowTest extends LabWindowTestSupport {
    @Start
    void start(Stage stage) throws IOException {
        mount(stage);
    }

    private SweepModel sweep() {
        return app.sweep();
    }

    private SweepChartView chart() {
        return app.window().sweepView().chart();
    }

    @Test
    void pointsAppearAsTheyAreMeasuredAndAClickOpensTheirTimelines(FxRobot robot) throws Exception {
        load(robot, experiment(sleep(4, 100), 2, ModelKind.POOL));
        robot.clickOn("#tab-sweep");
        robot.interact(() -> {
            sweep().workersTextProperty().set("1,2");
            sweep().repeatsTextProperty().set("2");
        });
        AtomicBoolean seenWhileRunning = new AtomicBoolean();
        robot.clickOn("#run");
        // 4 sleeps of 100 ms at 1 and 2 workers, twice: 0.4 s, 0.2 s, 0.4 s, 0.2 s
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            if (vm().runningProperty().get() && !chart().markers().isEmpty()) {
                seenWhileRunning.set(true);
            }
            return seenWhileRunning.get() || !vm().runningProperty().get() && sweep().resultProperty().get() != null;
        });
        assertThat(seenWhileRunning).as("a point drawn while the sweep still ran").isTrue();
        assertThat(robot.lookup("#sweep-progress").queryAs(Label.class).getText()).startsWith("point ");
        waitUntilIdle(20);

        assertThat(sweep().resultProperty().get().points()).hasSize(4);
        assertThat(chart().markers()).extracting(SweepMarker::workers).containsExactlyInAnyOrder(1, 2);
        assertThat(robot.lookup("#sweep-progress").queryAs(Label.class).getText()).contains("4 runs in");
        assertThat(vm().statusProperty().get()).startsWith("Sweep:");

        SweepMarker two = chart().markers().stream().filter(m -> m.workers() == 2).findFirst().orElseThrow();
        Point2D at = chart().localToScreen(two.x(), two.y());
        robot.clickOn(at);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm().outputs().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-comparison");
        RunResult opened = vm().outputs().getFirst().result();
        assertThat(opened.model()).isEqualTo(ModelKind.POOL);
        assertThat(opened.workers()).isEqualTo(2);
        TimelineView timeline = robot.lookup("#timeline-pool").queryAs(TimelineView.class);
        assertThat(timeline.getTrace().threadLanes()).hasSize(2);
        assertThat(vm().statusProperty().get()).contains("Sweep point: pool, 2 workers");
    }

    @Test
    void theChartExportsAtOneAndTwiceTheScaleAndStopEndsASweepAtOnce(FxRobot robot) throws Exception {
        load(robot, experiment(sleep(3, 20), 2, ModelKind.POOL, ModelKind.VIRTUAL));
        robot.clickOn("#tab-sweep");
        robot.interact(() -> {
            sweep().workersTextProperty().set("1..3");
            sweep().repeatsTextProperty().set("1");
        });
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> sweep().resultProperty().get() != null);
        waitUntilIdle(20);
        assertThat(sweep().resultProperty().get().points()).hasSize(6);
        robot.interact(() -> app.window().sweepExports().png(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(exportFile)); // written in the background
        BufferedImage one = ImageIO.read(exportFile.toFile());
        Files.delete(exportFile);
        robot.interact(() -> app.window().sweepExports().png(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(exportFile));
        BufferedImage two = ImageIO.read(exportFile.toFile());
        assertThat(one.getWidth()).isEqualTo(SweepPicture.Options.defaults().width());
        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());

        // a bad list disables Run and is named beside the field
        robot.interact(() -> sweep().workersTextProperty().set("0..3"));
        assertThat(vm().canRunBinding().get()).isFalse();
        assertThat(sweep().errorMessageProperty().get()).startsWith("workers:");
        robot.interact(() -> {
            sweep().workersTextProperty().set("1..40");
            sweep().repeatsTextProperty().set("1");
        });
        load(robot, experiment(sleep(20, 200), 2, ModelKind.POOL));
        robot.clickOn("#run");
        // the first run alone takes 20 × 200 ms
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sweep().progressTextProperty().get()
                .startsWith("point 1 of 40"));
        Thread.sleep(300);
        long t0 = System.nanoTime();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntilIdle(5);
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds to stop").isLessThan(3);
        assertThat(sweep().progressTextProperty().get()).startsWith("stopped after 0 of 40");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> LabWindowTest.workerThreads().isEmpty());
    }
}
