package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Mounts the real window (headless under Monocle) with settings and exports in a temporary directory. */
@ExtendWith(ApplicationExtension.class)
abstract class LabWindowTestSupport {
    protected Path dir;
    protected Path exportFile;
    protected LabApp app;

    /** Call from the test class's {@code @Start} method (TestFX only looks there). */
    protected void mount(Stage stage) throws IOException {
        dir = Files.createTempDirectory("lab-ui-test");
        exportFile = dir.resolve("export.png");
        LabSettingsStore store = new LabSettingsStore(dir.resolve("settings.json"));
        // a window that fits Monocle's screen, and no re-runs unless a test asks for them
        store.save(LabSettings.defaults().withWindow(1200, 780, false).withAutoRun(false));
        app = new LabApp(store, name -> exportFile, fileDialogs(), prompts());
        app.start(stage);
    }

    /** What an Open dialog answers (null: the user cancelled); nothing is ever saved through a dialog. */
    protected Path toOpen;
    /** The errors the window showed, as "title: message". */
    protected final List<String> errors = new java.util.ArrayList<>();

    /** Where File and Lesson menu commands read and write: {@link #toOpen}, without a dialog. */
    protected FileDialogs fileDialogs() {
        return opening(() -> toOpen);
    }

    /** Unsaved changes are discarded; errors are written down in {@link #errors}. */
    protected UserPrompts prompts() {
        return discarding(errors);
    }

    /** File dialogs that open whatever {@code chosen} gives at the time and save nothing. */
    static FileDialogs opening(java.util.function.Supplier<Path> chosen) {
        return new FileDialogs() {
            @Override
            public Path open(LabFileType type) {
                return chosen.get();
            }

            @Override
            public Path save(LabFileType type, String suggestedName) {
                return null;
            }
        };
    }

    /** Prompts that discard unsaved changes and write down each error they are shown. */
    static UserPrompts discarding(List<String> errors) {
        return new UserPrompts() {
            @Override
            public SaveChoice askToSave(String name) {
                return SaveChoice.DISCARD;
            }

            @Override
            public void showError(String title, String message) {
                errors.add(title + ": " + message);
            }
        };
    }

    @AfterEach
    void closeApp(FxRobot robot) throws TimeoutException {
        robot.interact(() -> app.viewModel().stop());
        waitUntilIdle(20);
        robot.interact(app::stop);
    }

    protected LabViewModel vm() {
        return app.viewModel();
    }

    protected void load(FxRobot robot, ExperimentConfig config) {
        robot.interact(() -> vm().form().load(config));
    }

    protected void waitUntilIdle(int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> !vm().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void runAndWait(FxRobot robot, int seconds) throws TimeoutException {
        clickRun(robot);
        waitUntilIdle(seconds);
    }

    /** Clicks Run and waits until the comparison has begun (it may already have ended, if it was short). */
    protected void clickRun(FxRobot robot) throws TimeoutException {
        assertThat(vm().canRunBinding().get()).as("Run is enabled").isTrue();
        ExperimentConfig config = vm().form().configProperty().get();
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm().shownConfigProperty().get() == config);
    }

    /** Scrolls the scroll pane around {@code node} (the form, the results) until the node is in view, as a user would. */
    protected static <T extends Node> T reveal(FxRobot robot, T node) {
        robot.interact(() -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane) {
                    Node content = pane.getContent();
                    double contentH = content.getLayoutBounds().getHeight();
                    double viewH = pane.getViewportBounds().getHeight();
                    double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                    if (contentH > viewH) {
                        pane.setVvalue(Math.clamp((y - viewH / 3) / (contentH - viewH), 0, 1));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** Drags a slider to {@code value}, the last steps by keyboard as a user fine-tunes one. */
    protected static void dragTo(FxRobot robot, SliderField field, int value) {
        Slider slider = field.slider();
        Node thumb = slider.lookup(".thumb");
        Node track = slider.lookup(".track");
        Bounds b = track.localToScreen(track.getLayoutBounds());
        double target = field.position(value);
        double share = (target - slider.getMin()) / (slider.getMax() - slider.getMin());
        robot.drag(thumb, MouseButton.PRIMARY).moveTo(new Point2D(
                b.getMinX() + share * b.getWidth(), b.getCenterY())).release(MouseButton.PRIMARY);
        for (int i = 0; i < 64 && Math.abs(slider.getValue() - target) > 1e-6; i++) {
            KeyCode k = slider.getValue() < target ? KeyCode.RIGHT : KeyCode.LEFT;
            robot.press(k).release(k);
        }
    }

    static ExperimentConfig experiment(WorkloadConfig w, int workers, ModelKind... models) {
        return ExperimentConfig.of(w, List.of(models), ModelSettings.defaults().withWorkers(workers)
                .withWarmup(false));
    }

    static WorkloadConfig sleep(int tasks, int latencyMs) {
        return WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(tasks).withLatencyMs(latencyMs).withJitterMs(0);
    }
}
