package dev.concurrencylab.ui;

import dev.concurrencylab.store.Preset;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** File (experiments, recordings, exports, recent files) and Experiments (the bundled presets). */
final class LabMenuBar extends MenuBar {
    private final ExperimentDocument doc;
    private final Menu recent = new Menu("Open recent");

    LabMenuBar(ExperimentDocument doc, LabViewModel vm, List<Preset> presets) {
        this.doc = doc;
        setId("menu-bar");
        MenuItem saveRecording = item("Save recording…", "save-recording", null, doc::saveRecording);
        MenuItem csv = item("Export CSV…", "export-csv", null, doc::exportCsv);
        MenuItem trace = item("Export Chrome trace…", "export-chrome-trace", null, doc::exportChromeTrace);
        for (MenuItem i : new MenuItem[] {saveRecording, csv, trace}) {
            i.disableProperty().bind(vm.canReplayBinding().not());
        }
        recent.setId("recent");
        Menu file = new Menu("File");
        file.setId("file-menu");
        file.getItems().addAll(
                item("New", "new", "Shortcut+N", doc::newExperiment),
                item("Open…", "open", "Shortcut+O", doc::open),
                item("Open recording…", "open-recording", null, doc::openRecording),
                recent,
                new SeparatorMenuItem(),
                item("Save", "save", "Shortcut+S", doc::save),
                item("Save As…", "save-as", "Shortcut+Shift+S", doc::saveAs),
                saveRecording,
                new SeparatorMenuItem(),
                csv, trace);
        doc.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();

        Menu experiments = new Menu("Experiments");
        experiments.setId("experiments-menu");
        for (Preset p : presets) {
            MenuItem i = item(p.name(), "preset-" + p.id(), null, () -> doc.openPreset(p));
            experiments.getItems().add(i);
        }
        getMenus().addAll(file, experiments);
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : doc.recentFiles()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            i.setMnemonicParsing(false);
            i.setOnAction(e -> doc.openRecent(p));
            recent.getItems().add(i);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setMnemonicParsing(false);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
