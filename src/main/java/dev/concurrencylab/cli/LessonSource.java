package dev.concurrencylab.cli;

import dev.concurrencylab.store.ExperimentFileException;
import dev.concurrencylab.store.Lessons;
import java.io.PrintStream;

/** {@code --lesson FILE|preset:ID} on launch: the lesson is read here first, so a bad one never opens a window. */
public final class LessonSource {
    private LessonSource() {
    }

    /** Reads the lesson as the window will; a bad one is reported on standard error. Returns 0, or 2 for bad input. */
    public static int check(String source) {
        return check(source, System.err);
    }

    /** The same, reporting on {@code err}. */
    public static int check(String source, PrintStream err) {
        try {
            Lessons.resolve(source);
            return 0;
        } catch (ExperimentFileException e) {
            err.println("Invalid file: " + e.getMessage());
            return LabCommand.BAD_INPUT;
        }
    }
}
