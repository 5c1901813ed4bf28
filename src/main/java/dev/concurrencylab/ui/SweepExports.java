package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.render.ComparisonPicture;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.SweepPicture;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import dev.concurrencylab.store.SweepCsv;
import dev.concurrencylab.store.SweepJson;
import dev.concurrencylab.sweep.SweepResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The sweep's files: the chart as a PNG at 1× or 2× (repainted, the picture {@code sweep --png} writes), the points
 * as CSV, points and fits as JSON, and a recording the app opens again.
 */
final class SweepExports {
    private final SweepModel model;
    private final Supplier<Palette> palette;
    private final Supplier<ExperimentFile> experiment;
    private final SaveTarget pngTarget;
    private final FileDialogs dialogs;
    private final UserPrompts prompts;
    private Path lastSaved;

    SweepExports(SweepModel model, Supplier<Palette> palette, Supplier<ExperimentFile> experiment,
                 SaveTarget pngTarget, FileDialogs dialogs, UserPrompts prompts) {
        this.model = model;
        this.palette = palette;
        this.experiment = experiment;
        this.pngTarget = pngTarget;
        this.dialogs = dialogs;
        this.prompts = prompts;
    }

    Path lastSaved() {
        return lastSaved;
    }

    /** The chart at the export size, in the window's theme and the chosen axes. */
    BufferedImage picture(int scale) {
        SweepResult r = model.resultProperty().get();
        return new SweepPicture(r, SweepPicture.title(r.config()),
                SweepPicture.caption(r.spec(), model.descriptionProperty().get(), r.cores()),
                SweepPicture.Options.defaults().withScale(scale).withPalette(palette.get())
                        .withAxis(model.axisProperty().get()).withLog2(model.log2Property().get())).render();
    }

    void png(int scale) {
        SweepResult r = model.resultProperty().get();
        if (r == null) {
            return;
        }
        save("Could not export the PNG", () -> {
            BufferedImage image = picture(scale);
            Path file = pngTarget.choose(baseName(r) + (scale == 2 ? "@2x" : "") + ".png");
            if (file != null) {
                ComparisonPicture.writePng(image, LabFileType.PNG.withExtension(file));
            }
            return file == null ? null : LabFileType.PNG.withExtension(file);
        });
    }

    void csv() {
        file(LabFileType.CSV, "Could not export the CSV", (r, f) -> SweepCsv.write(f, r));
    }

    void json() {
        file(LabFileType.SWEEP_JSON, "Could not export the JSON", (r, f) -> SweepJson.write(f, r));
    }

    void recording() {
        file(LabFileType.RECORDING, "Could not save the recording", (r, f) -> RecordedRuns.write(f,
                RecordedRun.now(experiment.get().withEditedConfig(r.config()).withSweep(r.spec()), List.of(),
                        r.points())));
    }

    private void file(LabFileType type, String failure, Writer writer) {
        SweepResult r = model.resultProperty().get();
        if (r == null) {
            return;
        }
        save(failure, () -> {
            Path chosen = dialogs.save(type, baseName(r) + type.extension());
            if (chosen == null) {
                return null;
            }
            Path target = type.withExtension(chosen);
            writer.write(r, target);
            return target;
        });
    }

    private void save(String failure, Action action) {
        try {
            Path saved = action.run();
            if (saved != null) {
                lastSaved = saved;
            }
        } catch (IOException | RuntimeException e) {
            prompts.showError(failure, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** For example {@code sweep-cpu-hash-100-pool-gil}. */
    static String baseName(SweepResult r) {
        return "sweep-" + r.config().workload().kind().id() + "-" + r.config().workload().tasks() + "-"
                + r.config().models().stream().map(ModelKind::id).collect(Collectors.joining("-"));
    }

    @FunctionalInterface
    private interface Action {
        Path run() throws IOException;
    }

    @FunctionalInterface
    private interface Writer {
        void write(SweepResult r, Path file) throws IOException;
    }
}
