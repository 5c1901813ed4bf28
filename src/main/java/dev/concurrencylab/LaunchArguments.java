package dev.concurrencylab;

/**
 * The arguments that open the window rather than run the command line: none, or {@code --lesson FILE|preset:ID}
 * (also {@code --lesson=...}) to open it with that lesson started.
 */
public final class LaunchArguments {
    public static final String LESSON = "--lesson";

    private LaunchArguments() {
    }

    /** The lesson to start, or null where the arguments ask for no lesson (or for the command line). */
    public static String lesson(String... args) {
        if (args.length == 2 && args[0].equals(LESSON)) {
            return args[1];
        }
        if (args.length == 1 && args[0].startsWith(LESSON + "=")) {
            return args[0].substring(LESSON.length() + 1);
        }
        return null;
    }

    /** True where the window opens: no arguments, or a lesson to start. */
    public static boolean opensWindow(String... args) {
        return args.length == 0 || lesson(args) != null;
    }
}
