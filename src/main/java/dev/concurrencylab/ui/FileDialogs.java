package dev.concurrencylab.ui;

import java.nio.file.Path;

/** Asks which file to open or where to save one; null when the user cancels. A test answers without a dialog. */
public interface FileDialogs {
    Path open(LabFileType type);

    Path save(LabFileType type, String suggestedName);
}
