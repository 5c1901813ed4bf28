package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelEntry;
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
 * as CSV, points and fits as JSON, and a recording the app opens again. Written like the comparison's files
 * ({@link FileTasks}): what to write is read here, the painting and writing happen in the background, and a
 * failure is reported as an error.
 */
final class SweepExports {
    private final SweepModel model;
    private final Supplier<Palette> palette;
    private final Supplier<ExperimentFile> experiment;
    private final SaveTarget pngTarget;
    private final FileDialogs dialogs;
    private final FileTasks files;
    private Path lastSaved;

    SweepExports(SweepModel model, Supplier<Palette> palette, Supplier<ExperimentFile> experiment,
                 SaveTarget pngTarget, FileDialogs dialogs, FileTasks files) {
        this.model = model;
        this.palette = palette;
        this.experiment = experiment;
        this.pngTarget = pngTarget;
        this.dialogs = dialogs;
        this.files = files;
    }

    Path lastSaved() {
        return lastSaved;
    }

    /** The chart at the export size, in the window's theme and the chosen axes. */
    BufferedImage picture(int scale) {
        return snapshot(scale).render();
    }

    /** What the chart shows, read here; it paints on any thread. */
    private SweepPicture snapshot(int scale) {
        SweepResult r = model.resultProperty().get();
        return new SweepPicture(r, SweepPicture.title(r.config()),
                SweepPicture.caption(r.spec(), model.descriptionProperty().get(), r.cores()),
                SweepPicture.Options.defaults().withScale(scale).withPalette(palette.get())
                        .withAxis(model.axisProperty().get()).withLog2(model.log2Property().get()));
    }

    void png(int scale) {
        SweepResult r = model.resultProperty().get();
        if (r == null) {
            return;
        }
        SweepPicture picture = snapshot(scale);
        Path file = pngTarget.choose(baseName(r) + (scale == 2 ? "@2x" : "") + ".png");
        if (file != null) {
            Path target = LabFileType.PNG.withExtension(file);
            files.write("Could not export the PNG", () -> ComparisonPicture.writePng(picture.render(), target),
                    () -> lastSaved = target);
        }
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
        Path chosen = dialogs.save(type, baseName(r) + type.extension());
        if (chosen != null) {
            Path target = type.withExtension(chosen);
            files.write(failure, () -> writer.write(r, target), () -> lastSaved = target);
        }
    }

    /** For example {@code sweep-cpu-hash-100-pool-gil}. */
    static String baseName(SweepResult r) {
        return "sweep-" + r.config().workload().kind().id() + "-" + r.config().workload().tasks() + "-"
                + r.config().models().stream().map(ModelEntry::slug).collect(Collectors.joining("-"));
    }

    @FunctionalInterface
    private interface Writer {
        void write(SweepResult r, Path file) throws IOException;
    }
}
