package dev.concurrencylab.python;

import java.io.File;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python interpreters a user could pick by name: the commands on PATH called python3, python3.N, pypy3,
 * pypy3.N, pypy or python (with PATHEXT's suffixes on Windows). Only listed, not started: whether one can run the
 * CPython models is checked when it is chosen, as any interpreter is.
 */
public final class InterpretersOnPath {
    private static final Pattern NAME = Pattern.compile("(python3|pypy3|pypy|python)(?:\\.(\\d+))?");
    private static final int MAX_PER_DIRECTORY = 10_000;

    private InterpretersOnPath() {
    }

    /** The names found, CPython first (python3, then by minor version), then PyPy, then plain python. */
    public static List<String> find() {
        String path = System.getenv("PATH");
        Set<String> names = new LinkedHashSet<>();
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    scan(Path.of(dir), names);
                }
            }
        }
        List<String> out = new ArrayList<>(names);
        out.sort(Comparator.comparingInt(InterpretersOnPath::family).thenComparingInt(InterpretersOnPath::minor));
        return out;
    }

    private static void scan(Path dir, Set<String> names) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        int seen = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (++seen > MAX_PER_DIRECTORY) {
                    return; // a directory this large is no interpreter's
                }
                String name = command(f.getFileName().toString());
                if (name != null && Files.isExecutable(f) && !Files.isDirectory(f)
                        && Interpreters.onPath(name) != null) { // what the name runs when asked for by name
                    names.add(name);
                }
            }
        } catch (java.io.IOException | SecurityException e) {
            // an unreadable directory on PATH holds nothing we can offer
        }
    }

    /** The command a file is run by, where it is an interpreter's name ("python3.11.exe" → "python3.11"); else null. */
    static String command(String file) {
        String name = file;
        String lower = file.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".exe", ".bat", ".cmd")) {
            if (lower.endsWith(suffix)) {
                name = file.substring(0, file.length() - suffix.length());
            }
        }
        Matcher m = NAME.matcher(name);
        return m.matches() && (m.group(2) == null || name.startsWith("python3") || name.startsWith("pypy3")) ? name
                : null;
    }

    private static int family(String name) {
        return name.startsWith("python3") ? 0 : name.startsWith("pypy") ? 1 : 2;
    }

    private static int minor(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? -1 : Integer.parseInt(name.substring(dot + 1));
    }
}
