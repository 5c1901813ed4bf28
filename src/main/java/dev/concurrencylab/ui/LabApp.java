package dev.concurrencylab.ui;

import dev.concurrencylab.LaunchArguments;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.Models;
import dev.concurrencylab.store.ExperimentFileException;
import dev.concurrencylab.store.Lessons;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application: builds the window, remembers its size and the last experiment between launches,
 * and wires the shortcuts (Ctrl+R run, Esc stop, Ctrl+E export, F11 full screen, Ctrl +/− font zoom; the File
 * menu's Ctrl+N/O/S and Ctrl+Shift+S come with its items).
 * With {@code -Dconcurrencylab.runAtStart=true} it runs the remembered experiment as soon as it opens; with the
 * argument {@code --lesson FILE|preset:ID} it opens in lesson mode.
 */
public final class LabApp extends Application {
    public static final String RUN_AT_START = "concurrencylab.runAtStart";
    /** What a window's frame and title bar take, until the window manager says (openbox: 2 × 22 px). */
    private static final double FRAME_WIDTH = 2;
    private static final double FRAME_HEIGHT = 24;
    private static final System.Logger LOG = System.getLogger(LabApp.class.getName());
    private final LabSettingsStore store;
    private final SaveTarget saveTarget;
    private final FileDialogs fileDialogs;
    private final UserPrompts prompts;
    private ExperimentDocument document;
    private LabSettings settings;
    private LabViewModel vm;
    private SweepModel sweep;
    private LabWindow window;
    private Appearance look;
    private Stage stage;
    private AnimationTimer livePoll;

    public LabApp() {
        this(new LabSettingsStore(LabSettingsStore.defaultFile()), null);
    }

    /** For tests: settings in a temporary place, and saving without a dialog. */
    LabApp(LabSettingsStore store, SaveTarget saveTarget) {
        this(store, saveTarget, null, null);
    }

    /** For tests: files chosen and questions answered without dialogs too. */
    LabApp(LabSettingsStore store, SaveTarget saveTarget, FileDialogs fileDialogs, UserPrompts prompts) {
        this.store = store;
        this.saveTarget = saveTarget;
        this.fileDialogs = fileDialogs;
        this.prompts = prompts;
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        settings = store.load();
        var available = Arrays.stream(ModelKind.values()).filter(Models::available).toList();
        ExperimentForm form = new ExperimentForm(settings.experiment(), available);
        vm = new LabViewModel(new FxTaskExecutor(), form);
        vm.autoRunProperty().set(settings.autoRun());
        if (settings.quietMeasuring() != null) {
            vm.quietMeasuringProperty().set(settings.quietMeasuring());
        }

        // the saved size is the window's, frame included: fitted to the screen, so the status bar and Stop show
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // (less a frame's worth: before the window manager has said how thick its frame is, a window of the
        // screen's full height got no title bar under openbox, its top edge at the screen's)
        double width = Math.min(settings.width(), screen.getWidth() - FRAME_WIDTH);
        double height = Math.min(settings.height(), screen.getHeight() - FRAME_HEIGHT);
        Scene scene = new Scene(new javafx.scene.layout.Region(), width - FRAME_WIDTH, height - FRAME_HEIGHT);
        look = new Appearance(scene, settings.dark(), settings.fontScale());
        FileDialogs dialogs = fileDialogs != null ? fileDialogs : new FxFileDialogs(stage);
        document = new ExperimentDocument(vm, dialogs, prompts != null ? prompts : new FxPrompts(stage),
                settings.recentFiles().stream().map(Path::of).toList());
        sweep = new SweepModel(vm);
        document.attachSweep(sweep);
        window = new LabWindow(vm, document, look, stage, saveTarget != null ? saveTarget : name -> {
            Path chosen = dialogs.save(LabFileType.PNG, name);
            return chosen == null ? null : LabFileType.PNG.withExtension(chosen);
        }, sweep);
        scene.setRoot(window);
        shortcuts(scene);

        // the engine records lock-free; the window takes one snapshot of the run under way per frame
        livePoll = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.pollLive(now);
            }
        };
        // only while a run goes on: a running timer keeps the toolkit pulsing 60 times a second
        vm.runningProperty().addListener((o, was, now) -> {
            if (now) {
                livePoll.start();
            } else {
                livePoll.stop();
            }
        });
        vm.setAfterQuietComparison(() -> window.links().replay().play());

        stage.titleProperty().bind(document.titleBinding());
        // closing with unsaved changes asks first; Cancel keeps the window open
        stage.setOnCloseRequest(e -> {
            if (!document.confirmDiscard()) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(Math.min(LabSettings.MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(LabSettings.MIN_HEIGHT, screen.getHeight()));
        stage.setMaximized(settings.maximized());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.show();
        if (!stage.isMaximized()) {
            // sized again once shown: before, a window manager may shrink it to its minimum (JDK-8316423, fixed in
            // JavaFX 22; under openbox a new window opened at 200 × 200)
            Platform.runLater(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
                stage.setX(Math.clamp(stage.getX(), screen.getMinX(), screen.getMaxX() - width));
                stage.setY(Math.clamp(stage.getY(), screen.getMinY(), screen.getMaxY() - height));
            });
        }
        if (Boolean.getBoolean(RUN_AT_START)) {
            vm.run();
        }
        Parameters launched = getParameters(); // none when a test starts the app itself
        startLesson(launched == null ? null : LaunchArguments.lesson(launched.getRaw().toArray(String[]::new)));
    }

    /** {@code --lesson FILE|preset:ID}: the window opens in lesson mode at its first step. */
    private void startLesson(String source) {
        if (source == null) {
            return;
        }
        try {
            window.lessons().start(Lessons.resolve(source));
        } catch (ExperimentFileException e) {
            document.lessonFailed(source, e.getMessage());
        }
    }

    private void shortcuts(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), vm::run);
        keys.put(new KeyCodeCombination(KeyCode.ESCAPE), vm::stop);
        keys.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> window.exporter().exportComparison());
        keys.put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
        for (KeyCode k : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD}) {
            keys.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN), look::zoomIn);
        }
        for (KeyCode k : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            keys.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN), look::zoomOut);
        }
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), look::resetZoom);
    }

    /** Stops any run and remembers the window and the experiment. */
    @Override
    public void stop() {
        if (vm == null) {
            return;
        }
        vm.stop();
        livePoll.stop();
        ExperimentConfig experiment = vm.form().configProperty().get();
        boolean max = stage.isMaximized() || stage.isFullScreen();
        LabSettings next = settings
                .withWindow(max ? settings.width() : stage.getWidth(), max ? settings.height() : stage.getHeight(),
                        stage.isMaximized())
                .withDark(look.darkProperty().get())
                .withFontScale(look.fontScaleProperty().get())
                .withAutoRun(vm.autoRunProperty().get())
                .withQuietMeasuring(vm.quietMeasuringProperty().get())
                .withExperiment(experiment != null ? experiment : settings.experiment())
                .withRecentFiles(document.recentFiles().stream().map(Path::toString).toList());
        try {
            store.save(next);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not save settings to " + store.file(), e);
        }
    }

    // ---- for the UI tests

    LabViewModel viewModel() {
        return vm;
    }

    LabWindow window() {
        return window;
    }

    ExperimentDocument document() {
        return document;
    }

    Appearance appearance() {
        return look;
    }

    SweepModel sweep() {
        return sweep;
    }
}
