package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;

/**
 * What the app remembers between launches: the window, the presenter settings and the last experiment. A window
 * size below {@link #MIN_WIDTH} × {@link #MIN_HEIGHT} (a window shrunk by the desktop, a hand-edited file) is
 * replaced by the default size; the window then fits it to the screen.
 *
 * @param fontScale      1.0 is the normal size; font zoom steps it
 * @param quietMeasuring draw CPU-bound runs at a low rate while measured; null takes the machine's default
 */
public record LabSettings(double width, double height, boolean maximized, boolean dark, double fontScale,
                          boolean autoRun, ExperimentConfig experiment, List<String> recentFiles,
                          Boolean quietMeasuring) {
    public static final double MIN_SCALE = 0.6;
    public static final double MAX_SCALE = 2.5;
    /** The smallest window the layout is made for; a smaller saved size is ignored, not enlarged to this. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;

    public LabSettings {
        width = width >= MIN_WIDTH && Double.isFinite(width) ? width : DEFAULT_WIDTH;
        height = height >= MIN_HEIGHT && Double.isFinite(height) ? height : DEFAULT_HEIGHT;
        // 0 is a settings file without a zoom (the zoom only shows since it applies at start): the normal size
        fontScale = fontScale > 0 && Double.isFinite(fontScale) ? Math.clamp(fontScale, MIN_SCALE, MAX_SCALE) : 1.0;
        if (experiment == null) {
            experiment = defaultExperiment();
        }
        recentFiles = recentFiles == null ? List.of() : recentFiles.stream().filter(f -> f != null && !f.isBlank())
                .limit(ExperimentDocument.MAX_RECENT).toList();
    }

    public static LabSettings defaults() {
        return new LabSettings(DEFAULT_WIDTH, DEFAULT_HEIGHT, false, false, 1.0, true, defaultExperiment(), List.of(),
                null);
    }

    /**
     * The first experiment a new user sees: quick to run, and it shows at once why an event loop beats
     * one thread on waiting work, with a thread pool in between.
     */
    public static ExperimentConfig defaultExperiment() {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(24).withLatencyMs(50)
                .withJitterMs(20);
        return ExperimentConfig.of(w, List.of(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.EVENTLOOP),
                ModelSettings.defaults());
    }

    public LabSettings withWindow(double w, double h, boolean max) {
        return new LabSettings(w, h, max, dark, fontScale, autoRun, experiment, recentFiles, quietMeasuring);
    }

    public LabSettings withDark(boolean v) {
        return new LabSettings(width, height, maximized, v, fontScale, autoRun, experiment, recentFiles, quietMeasuring);
    }

    public LabSettings withFontScale(double v) {
        return new LabSettings(width, height, maximized, dark, v, autoRun, experiment, recentFiles, quietMeasuring);
    }

    public LabSettings withAutoRun(boolean v) {
        return new LabSettings(width, height, maximized, dark, fontScale, v, experiment, recentFiles, quietMeasuring);
    }

    public LabSettings withExperiment(ExperimentConfig v) {
        return new LabSettings(width, height, maximized, dark, fontScale, autoRun, v, recentFiles, quietMeasuring);
    }

    public LabSettings withQuietMeasuring(boolean v) {
        return new LabSettings(width, height, maximized, dark, fontScale, autoRun, experiment, recentFiles, v);
    }

    /** Experiment files and recordings opened or saved lately, newest first. */
    public LabSettings withRecentFiles(List<String> v) {
        return new LabSettings(width, height, maximized, dark, fontScale, autoRun, experiment, v, quietMeasuring);
    }
}
