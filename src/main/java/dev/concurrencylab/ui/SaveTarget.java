package dev.concurrencylab.ui;

import java.nio.file.Path;

/** Asks where to save a file; null when the user cancels. A test answers without a dialog. */
@FunctionalInterface
public interface SaveTarget {
    Path choose(String suggestedName);
}
