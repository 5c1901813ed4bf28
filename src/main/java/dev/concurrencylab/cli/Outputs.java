package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.store.OutputFile;
import dev.concurrencylab.store.OutputRefusedException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * The one way the command line writes an output option: {@code -} is standard output (for every option, one at
 * a time), anything else a file written by {@link OutputFile}'s rules. Every path is checked before a run
 * starts, so a read-only file or a missing folder costs no run; a failure while writing names the option.
 */
final class Outputs {
    /** Standard output as the process got it, before text printed there is guarded (see {@link TerminalText}). */
    private static volatile PrintStream rawStdout;

    private Outputs() {
    }

    /** Keeps the process's own standard output for data written with {@code -}; called once at start-up. */
    static void keepRawStdout(PrintStream out) {
        rawStdout = out;
    }

    /** The options given (a null value: not given), by name without dashes, in the order they are written. */
    static Map<String, String> given(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return m;
    }

    /** Refuses, before anything runs, a path that would not be written, and two outputs both on standard output. */
    static void check(Map<String, String> given) {
        String stdout = null;
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (e.getValue().equals("-")) {
                if (stdout != null) {
                    throw new ConfigException(e.getKey(), "only one output can go to standard output (-); --"
                            + stdout + " already does");
                }
                stdout = e.getKey();
                continue;
            }
            try {
                OutputFile.check(path(e.getKey(), e.getValue()));
            } catch (OutputRefusedException x) {
                throw new ConfigException(e.getKey(), x.getMessage());
            }
        }
    }

    /** True when an output goes to standard output, so the summary goes to standard error instead. */
    static boolean usesStdout(Map<String, String> given) {
        return given.containsValue("-");
    }

    /**
     * Writes one output; returns null, or the sentence saying why it was not written.
     *
     * @param option the option's name without dashes, for the message
     */
    static String write(String option, String spec, OutputFile.Writer writer) {
        try {
            if (spec.equals("-")) {
                PrintStream out = rawStdout != null ? rawStdout : System.out;
                System.out.flush();
                writer.write(OutputFile.unclosable(out));
                out.flush();
                if (out.checkError()) {
                    throw new IOException("standard output is closed or full");
                }
            } else {
                OutputFile.write(path(option, spec), writer);
            }
            return null;
        } catch (IOException | UncheckedIOException | JacksonException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return "--" + option + " " + spec + " was not written: " + why;
        }
    }

    private static Path path(String option, String spec) {
        try {
            return Path.of(spec);
        } catch (InvalidPathException e) {
            throw new ConfigException(option, "'" + spec + "' is not a valid file name: " + e.getReason());
        }
    }
}
