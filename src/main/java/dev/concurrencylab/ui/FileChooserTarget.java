package dev.concurrencylab.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks with the platform's save dialog, starting where the last file was saved. */
final class FileChooserTarget implements SaveTarget {
    private final Window owner;
    private File lastDir = new File(System.getProperty("user.home"));

    FileChooserTarget(Window owner) {
        this.owner = owner;
    }

    @Override
    public Path choose(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export PNG");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        if (lastDir.isDirectory()) {
            chooser.setInitialDirectory(lastDir);
        }
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return null;
        }
        lastDir = f.getParentFile();
        return f.getName().toLowerCase().endsWith(".png") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".png");
    }
}
