package dev.concurrencylab.hostile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in its own JVM, as a user runs it: its exit status, what it printed, how long it took and
 * its peak resident memory (VmHWM, read from /proc while it runs). Optionally under a lower open-file limit
 * (through {@code ulimit} in a shell, the one way to give a child JVM a smaller limit) or with a given stdout.
 */
final class LabProcess {
    record Result(int exit, String out, String err, long millis, long peakRssKb) {
        String all() {
            return out + err;
        }
    }

    private final List<String> args;
    private Integer fileLimit;
    private boolean softOnly;
    private String umask;
    private ProcessBuilder.Redirect stdout;
    private boolean quickJit = true;

    private LabProcess(List<String> args) {
        this.args = args;
    }

    static LabProcess cli(String... args) {
        return new LabProcess(List.of(args));
    }

    /** Runs under {@code ulimit -n n}: soft and hard limit both. */
    LabProcess fileLimit(int n) {
        fileLimit = n;
        return this;
    }

    /** Runs with only the soft open-file limit lowered ({@code ulimit -Sn n}); the hard one stays. */
    LabProcess softFileLimit(int n) {
        fileLimit = n;
        softOnly = true;
        return this;
    }

    /** Runs with this umask (octal). */
    LabProcess umask(String mask) {
        umask = mask;
        return this;
    }

    LabProcess stdout(ProcessBuilder.Redirect to) {
        stdout = to;
        return this;
    }

    /** With the JVM's default compilers, as a user's run (for memory measurements). */
    LabProcess defaultJvm() {
        quickJit = false;
        return this;
    }

    static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    List<String> command() {
        List<String> cmd = new ArrayList<>(List.of(java()));
        if (quickJit) {
            cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")); // a short run: C1 starts faster
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.concurrencylab.Main"));
        cmd.addAll(args);
        if (fileLimit == null && umask == null) {
            return cmd;
        }
        StringBuilder sh = new StringBuilder((fileLimit == null ? "" : "ulimit -" + (softOnly ? "S" : "") + "n " + fileLimit + " && ")
                + (umask == null ? "" : "umask " + umask + " && ") + "exec");
        for (String c : cmd) {
            sh.append(" '").append(c.replace("'", "'\\''")).append('\'');
        }
        return List.of("bash", "-c", sh.toString());
    }

    Process start() throws IOException {
        Path dir = Files.createTempDirectory("lab-process");
        ProcessBuilder b = new ProcessBuilder(command())
                .redirectOutput(stdout != null ? stdout : ProcessBuilder.Redirect.to(dir.resolve("out").toFile()))
                .redirectError(dir.resolve("err").toFile());
        return b.start();
    }

    /** Runs to its end, killed (and failing the caller's assertions) past {@code limit}. */
    Result run(Duration limit) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("lab-process");
        File out = dir.resolve("out").toFile();
        File err = dir.resolve("err").toFile();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command())
                .redirectOutput(stdout != null ? stdout : ProcessBuilder.Redirect.to(out))
                .redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        long peak = 0;
        try {
            while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, peakRssKb(p.pid()));
                if (System.nanoTime() - t0 > limit.toNanos()) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                    throw new AssertionError("still running after " + limit + ": " + command().subList(
                            Math.max(0, command().size() - args.size()), command().size()) + "\nstderr: "
                            + Files.readString(err.toPath()));
                }
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String o = stdout == null ? Files.readString(out.toPath(), StandardCharsets.UTF_8) : "";
        return new Result(p.exitValue(), o, Files.readString(err.toPath(), StandardCharsets.UTF_8), millis, peak);
    }

    /** VmHWM of a live process in kB, 0 once it has gone. */
    static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    /** Notes a measured peak for the report: target/hostile-rss.txt, one line a case. */
    static void notePeak(String what, Result r) {
        try {
            Files.writeString(Path.of("target", "hostile-rss.txt"), String.format(java.util.Locale.ROOT,
                    "%-60s %6d MB peak RSS, %6d ms, exit %d%n", what, r.peakRssKb() / 1024, r.millis(), r.exit()),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }
}
