package dev.concurrencylab.ui;

import dev.concurrencylab.store.ExperimentFiles;
import dev.concurrencylab.store.RecordedRuns;
import java.nio.file.Path;
import java.util.Locale;

/** The kinds of file the File menu reads and writes, with what a file dialog filters on. */
public enum LabFileType {
    EXPERIMENT("Experiment", ExperimentFiles.EXTENSION),
    LESSON("Lesson", ExperimentFiles.EXTENSION),
    RECORDING("Recorded comparison", RecordedRuns.EXTENSION),
    CSV("Metrics as CSV", ".csv"),
    CHROME_TRACE("Chrome trace (Perfetto)", ".json"),
    SWEEP_JSON("Sweep points and fits (JSON)", ".json"),
    PNG("PNG image", ".png");

    private final String description;
    private final String extension;

    LabFileType(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    public String description() {
        return description;
    }

    /** With the dot, e.g. {@code .labrun}. */
    public String extension() {
        return extension;
    }

    /** The path as chosen, with this type's extension added when the user left it out. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
