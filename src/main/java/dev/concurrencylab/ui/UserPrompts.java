package dev.concurrencylab.ui;

/** The questions and alerts the File menu needs; a test answers them without a window. */
public interface UserPrompts {
    /** What to do with unsaved changes before they would be lost. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save the changes to {@code name} first. */
    SaveChoice askToSave(String name);

    /** Says that something failed and why; the message is ready to show as it is. */
    void showError(String title, String message);
}
