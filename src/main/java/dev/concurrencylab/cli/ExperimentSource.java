package dev.concurrencylab.cli;

import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.ExperimentFileException;
import dev.concurrencylab.store.ExperimentFiles;
import dev.concurrencylab.store.Preset;
import dev.concurrencylab.store.Presets;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Where {@code --experiment} and {@code validate} read from: a file, or {@code preset:ID} for a bundled one. */
final class ExperimentSource {
    static final String PRESET = "preset:";

    private ExperimentSource() {
    }

    static ExperimentFile load(String source) throws ExperimentFileException {
        if (source.startsWith(PRESET)) {
            String id = source.substring(PRESET.length());
            if (Presets.list().stream().noneMatch(p -> p.id().equals(id))) {
                throw new ExperimentFileException(source, "no such preset; available: " + Presets.list().stream()
                        .map(Preset::id).collect(Collectors.joining(", ")));
            }
            return Presets.load(id).experiment();
        }
        return ExperimentFiles.read(Path.of(source));
    }
}
