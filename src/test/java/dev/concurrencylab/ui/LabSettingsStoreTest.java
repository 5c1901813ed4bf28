package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.store.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() throws IOException {
        LabSettingsStore store = new LabSettingsStore(dir.resolve("cfg/settings.json"));
        LabSettings saved = LabSettings.defaults().withWindow(1000, 700, true).withDark(true).withFontScale(1.4)
                .withAutoRun(false).withExperiment(ExperimentConfig.defaults().withModelKinds(java.util.List.of(
                        ModelKind.GIL, ModelKind.SEQUENTIAL, ModelKind.ARTICLE_ASYNCIO)).withSettings(
                        ModelSettings.defaults().withExecutorThreads(12)))
                .withRecentFiles(java.util.List.of("/tmp/a.json", "/tmp/b.labrun"));
        store.save(saved);
        assertThat(new LabSettingsStore(store.file()).load()).isEqualTo(saved);
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(store.file());
        }
    }

    @Test
    void noFileOrAnUnreadableOneGivesTheDefaults() throws IOException {
        LabSettingsStore store = new LabSettingsStore(dir.resolve("settings.json"));
        assertThat(store.load()).isEqualTo(LabSettings.defaults());
        Files.writeString(store.file(), "{ not json");
        assertThat(store.load()).isEqualTo(LabSettings.defaults());
    }

    @Test
    void settingsFromBeforeRecentFilesStillLoad() throws IOException {
        LabSettingsStore store = new LabSettingsStore(dir.resolve("old.json"));
        Files.writeString(store.file(), "{\"width\": 900, \"height\": 600, \"dark\": true}");
        LabSettings loaded = store.load();
        assertThat(loaded.dark()).isTrue();
        assertThat(loaded.recentFiles()).isEmpty();
    }

    @Test
    void anExperimentSavedBeforeExecutorThreadsTakesPythonsDefault() throws IOException {
        LabSettingsStore store = new LabSettingsStore(dir.resolve("old.json"));
        String json = Json.MAPPER.writeValueAsString(LabSettings.defaults()).replaceAll(",\\s*\"executorThreads\" : 0", "");
        assertThat(json).doesNotContain("executorThreads");
        Files.writeString(store.file(), json);
        assertThat(store.load()).isEqualTo(LabSettings.defaults());
    }

    @Test
    void aWindowSmallerThanTheLayoutNeedsIsForgotten() throws IOException {
        LabSettingsStore store = new LabSettingsStore(dir.resolve("tiny.json"));
        Files.writeString(store.file(), "{\"width\": 200, \"height\": 200}");
        LabSettings loaded = store.load();
        assertThat(loaded.width()).as("the default, not the minimum").isEqualTo(LabSettings.defaults().width());
        assertThat(loaded.height()).isEqualTo(LabSettings.defaults().height());
        assertThat(new LabSettings(1000, 700, false, false, 1, true, null, null, null).width()).isEqualTo(1000);
        assertThat(loaded.fontScale()).as("no zoom saved: the normal size").isEqualTo(1.0);
    }

    @Test
    void theLocationCanBeRedirected() {
        String old = System.getProperty(LabSettingsStore.DIR_PROPERTY);
        System.setProperty(LabSettingsStore.DIR_PROPERTY, dir.toString());
        try {
            assertThat(LabSettingsStore.defaultFile()).isEqualTo(dir.resolve("settings.json"));
        } finally {
            if (old == null) {
                System.clearProperty(LabSettingsStore.DIR_PROPERTY);
            } else {
                System.setProperty(LabSettingsStore.DIR_PROPERTY, old);
            }
        }
    }
}
