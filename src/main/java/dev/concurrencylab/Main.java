package dev.concurrencylab;

import dev.concurrencylab.cli.LabCommand;

/**
 * Entry point of the jar: no arguments opens the desktop window, any argument runs the command line
 * (which never loads JavaFX).
 */
public final class Main {
    private static final String DESKTOP_LAUNCHER = "dev.concurrencylab.ui.LabLauncher";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            Class.forName(DESKTOP_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        System.exit(LabCommand.execute(args));
    }
}
