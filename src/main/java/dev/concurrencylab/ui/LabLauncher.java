package dev.concurrencylab.ui;

import javafx.application.Application;

/** Starts the desktop app; kept apart from {@link LabApp} so the class path launch needs no module setup. */
public final class LabLauncher {
    private LabLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(LabApp.class, args);
    }
}
