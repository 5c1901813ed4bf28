package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.render.ComparisonPicture;
import dev.concurrencylab.render.LaneMode;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.PublishedTimes;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@code --png}: the comparison drawn without a display, as the app exports it. */
final class PictureExport {
    private PictureExport() {
    }

    /** Checks the picture options before anything runs, so a typo costs no run. */
    static void validate(OutputOptions o) {
        checkScale(o.scale);
        mode(o);
        palette(o.theme);
    }

    static void checkScale(int scale) {
        if (scale != 1 && scale != 2) {
            throw new ConfigException("scale", "must be 1 or 2, was " + scale);
        }
    }

    private static LaneMode mode(OutputOptions o) {
        return switch (o.view) {
            case "threads" -> LaneMode.THREADS;
            case "tasks" -> LaneMode.TASKS;
            default -> throw new ConfigException("view", "must be threads or tasks, was '" + o.view + "'");
        };
    }

    static Palette palette(String theme) {
        return switch (theme) {
            case "light" -> Palette.LIGHT;
            case "dark" -> Palette.DARK;
            default -> throw new ConfigException("theme", "must be light or dark, was '" + theme + "'");
        };
    }

    static void write(ExperimentConfig config, String description, List<RunOutput> runs,
                      ComparisonFindings findings, PublishedTimes published, OutputOptions o, OutputStream out)
            throws IOException {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
        int cores = Runtime.getRuntime().availableProcessors();
        ComparisonPicture.Options options = ComparisonPicture.Options.defaults()
                .withScale(o.scale).withMode(mode(o)).withPalette(palette(o.theme));
        ComparisonPicture picture = new ComparisonPicture(runs, ComparisonPicture.title(config),
                ComparisonPicture.caption(config, description, cores), options, findings, published);
        ComparisonPicture.writePng(picture.render(), out);
    }
}
