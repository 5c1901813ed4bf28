package dev.concurrencylab;

import dev.concurrencylab.cli.LabCommand;
import dev.concurrencylab.cli.LessonSource;
import dev.concurrencylab.process.ParentWatch;

/**
 * Entry point of the jar: no arguments (or {@code --lesson FILE|preset:ID}) opens the desktop window, any other
 * argument runs the command line (which never loads JavaFX).
 */
public final class Main {
    private static final String DESKTOP_LAUNCHER = "dev.concurrencylab.ui.LabLauncher";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (LaunchArguments.opensWindow(args)) {
            String lesson = LaunchArguments.lesson(args);
            if (lesson != null && LessonSource.check(lesson) != 0) {
                System.exit(LabCommand.BAD_INPUT);
            }
            Class.forName(DESKTOP_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        ParentWatch.startIfAsked(); // a child of the app (the latency server's JVM) ends with it
        System.exit(LabCommand.execute(args));
    }
}
