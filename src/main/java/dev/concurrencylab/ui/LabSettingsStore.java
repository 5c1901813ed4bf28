package dev.concurrencylab.ui;

import dev.concurrencylab.store.OutputFile;
import dev.concurrencylab.store.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps {@link LabSettings} in a JSON file, written atomically so a crash never leaves half a file.
 * The location is given (tests pass a temporary directory); {@link #defaultFile()} picks the user's
 * config directory, or the directory named by the {@code concurrencylab.config.dir} system property.
 */
public final class LabSettingsStore {
    public static final String DIR_PROPERTY = "concurrencylab.config.dir";
    private static final System.Logger LOG = System.getLogger(LabSettingsStore.class.getName());
    private final Path file;

    public LabSettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public static Path defaultFile() {
        String override = System.getProperty(DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override, "settings.json");
        }
        String home = System.getProperty("user.home");
        String appData = System.getenv("APPDATA");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path dir;
        if (appData != null && System.getProperty("os.name", "").startsWith("Windows")) {
            dir = Path.of(appData, "ConcurrencyLab");
        } else if (System.getProperty("os.name", "").startsWith("Mac")) {
            dir = Path.of(home, "Library", "Application Support", "ConcurrencyLab");
        } else {
            dir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "concurrency-lab")
                    : Path.of(home, ".config", "concurrency-lab");
        }
        return dir.resolve("settings.json");
    }

    /** The saved settings; the defaults when there are none or they cannot be read (which is logged). */
    public LabSettings load() {
        if (!Files.isRegularFile(file)) {
            return LabSettings.defaults();
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), LabSettings.class);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable settings in " + file + ": " + e.getMessage());
            return LabSettings.defaults();
        }
    }

    public void save(LabSettings settings) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent()); // the app's own folder, made on first save
        }
        OutputFile.write(file, out -> Json.MAPPER.writeValue(out, settings));
    }
}
