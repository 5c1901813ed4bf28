package dev.concurrencylab.python;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ConfigException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Finds the Python interpreter a setting names and checks it before anything runs: the path or command the user
 * gave, or else {@code python3}, then {@code python} on PATH ({@code py -3} first on Windows). A tiny probe that
 * Python 2 can read as well asks for its version, so a missing, non-Python or too old interpreter gets one clear
 * message naming the field {@code python}.
 */
final class Interpreters {
    static final int MIN_MINOR = 8;
    private static final long PROBE_SECONDS = 10;
    private static final int MAX_PROBE_OUTPUT = 4096;
    private static final String PROBE_TAG = "concurrency-lab-probe";
    private static final String PROBE = "import sys\n"
            + "name = getattr(getattr(sys, 'implementation', None), 'name', 'python')\n"
            + "sys.stdout.write('" + PROBE_TAG + " %d %d %d %s\\n' % (sys.version_info[0], sys.version_info[1], "
            + "sys.version_info[2], name))\n";
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
    /** Interpreters that answered, by command and the program's modification time (a reinstall is seen). */
    private static final Map<String, Interpreter> CHECKED = new ConcurrentHashMap<>();

    private Interpreters() {
    }

    /** The interpreter {@code requested} names ("" for the default), checked; a ConfigException otherwise. */
    static Interpreter find(String requested) {
        return find(requested, new CancelToken());
    }

    /** The same, ending the version probe at once when {@code cancel} fires (with a CancellationException). */
    static Interpreter find(String requested, CancelToken cancel) {
        List<String> command = resolve(requested == null ? "" : requested.strip());
        String key = String.join("\u0000", command) + "\u0000" + new File(command.get(0)).lastModified();
        Interpreter known = CHECKED.get(key);
        if (known != null) {
            return known;
        }
        Interpreter found = probe(command, cancel);
        CHECKED.put(key, found);
        return found;
    }

    private static List<String> resolve(String requested) {
        if (requested.isEmpty()) {
            List<List<String>> candidates = WINDOWS
                    ? List.of(List.of("py", "-3"), List.of("python3"), List.of("python"))
                    : List.of(List.of("python3"), List.of("python"));
            for (List<String> c : candidates) {
                Path p = onPath(c.get(0));
                if (p != null) {
                    List<String> command = new ArrayList<>(c);
                    command.set(0, p.toString());
                    return command;
                }
            }
            throw new ConfigException("python", "no Python found: neither python3 nor python is on PATH; install "
                    + "Python 3." + MIN_MINOR + " or newer, or name one with --python PATH");
        }
        if (requested.contains("/") || requested.contains(File.separator)) {
            Path p = Path.of(requested).toAbsolutePath();
            if (!Files.exists(p)) {
                throw new ConfigException("python", requested + " does not exist; name a Python 3." + MIN_MINOR
                        + "+ interpreter, e.g. /usr/bin/python3");
            }
            if (Files.isDirectory(p) || !Files.isExecutable(p)) {
                throw new ConfigException("python", requested + " is not an executable file; name a Python 3."
                        + MIN_MINOR + "+ interpreter, e.g. /usr/bin/python3");
            }
            return List.of(p.toString());
        }
        Path p = onPath(requested);
        if (p == null) {
            throw new ConfigException("python", "'" + requested + "' is neither a file nor a command on PATH; name a"
                    + " Python 3." + MIN_MINOR + "+ interpreter, e.g. python3 or /usr/bin/python3");
        }
        return List.of(p.toString());
    }

    /** The executable file {@code name} resolves to on PATH (with PATHEXT's suffixes on Windows), or null. */
    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        List<String> suffixes = WINDOWS
                ? List.of(System.getenv().getOrDefault("PATHEXT", ".EXE;.BAT;.CMD").toLowerCase(Locale.ROOT).split(";"))
                : List.of("");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String suffix : suffixes) {
                Path p = Path.of(dir, name + suffix);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Interpreter probe(List<String> command, CancelToken cancel) {
        String program = String.join(" ", command);
        List<String> argv = new ArrayList<>(command);
        argv.addAll(List.of("-E", "-s", "-c", PROBE));
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new ConfigException("python", program + " cannot be started: " + e.getMessage());
        }
        try (CancelToken.Registration ignored = cancel.onCancel(p::destroyForcibly)) {
            p.getOutputStream().close();
            String out = readBounded(p.getInputStream(), p);
            boolean ended = p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS);
            cancel.poll();
            if (!ended) {
                throw new ConfigException("python", program + " did not answer within " + PROBE_SECONDS
                        + " s; is it a Python interpreter?");
            }
            return parse(command, program, out, p.exitValue());
        } catch (IOException e) {
            throw new ConfigException("python", program + " could not be asked for its version: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("python", "checking " + program + " was interrupted");
        } finally {
            p.destroyForcibly();
        }
    }

    /** Reads what the probe printed, at most {@value #MAX_PROBE_OUTPUT} bytes, within the time limit. */
    private static String readBounded(InputStream in, Process p) throws IOException, InterruptedException {
        Thread killer = Thread.ofVirtual().start(() -> {
            try {
                if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly(); // a program that never ends or never closes its output
                }
            } catch (InterruptedException ignored) {
                // the probe ended first
            }
        });
        try {
            return new String(in.readNBytes(MAX_PROBE_OUTPUT), StandardCharsets.UTF_8);
        } finally {
            killer.interrupt();
        }
    }

    private static Interpreter parse(List<String> command, String program, String out, int status) {
        for (String line : out.split("\\R")) {
            String[] f = line.strip().split(" ");
            if (f.length == 5 && f[0].equals(PROBE_TAG)) {
                int major = Integer.parseInt(f[1]);
                int minor = Integer.parseInt(f[2]);
                String version = major + "." + minor + "." + f[3];
                if (major < 3 || major == 3 && minor < MIN_MINOR) {
                    throw new ConfigException("python", program + " is Python " + version + "; Concurrency Lab needs"
                            + " Python 3." + MIN_MINOR + " or newer");
                }
                return new Interpreter(command, f[4], version);
            }
        }
        String said = out.strip().lines().findFirst().orElse("");
        said = said.length() > 200 ? said.substring(0, 200) + "…" : said;
        throw new ConfigException("python", program + " is not a Python interpreter: asked for its version with -c,"
                + " it " + (status != 0 ? "exited with status " + status : "answered")
                + (said.isEmpty() ? " with nothing" : " '" + said + "'"));
    }
}
