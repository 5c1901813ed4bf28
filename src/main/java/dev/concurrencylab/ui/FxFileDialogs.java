package dev.concurrencylab.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's open and save dialogs, starting in the folder last used. */
final class FxFileDialogs implements FileDialogs {
    private final Window owner;
    private File lastDir = new File(System.getProperty("user.home"));

    FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Path open(LabFileType type) {
        FileChooser chooser = chooser("Open " + type.description().toLowerCase(java.util.Locale.ROOT), type);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Path save(LabFileType type, String suggestedName) {
        FileChooser chooser = chooser("Save " + type.description().toLowerCase(java.util.Locale.ROOT), type);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, LabFileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(),
                "*" + type.extension()));
        if (lastDir.isDirectory()) {
            chooser.setInitialDirectory(lastDir);
        }
        return chooser;
    }

    private Path remember(File f) {
        if (f == null) {
            return null;
        }
        lastDir = f.getParentFile();
        return f.toPath();
    }
}
