package dev.concurrencylab.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import dev.concurrencylab.process.ChildProcesses;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The latency server in a child JVM ({@code serve}), for workloads with more requests in flight than one
 * process can hold both ends of: each request needs a socket on the client and one on the server, and
 * the open-file limit (often 20,000 or less) counts both when they share a process.
 */
final class LatencyServerProcess implements AutoCloseable {
    private static final long START_TIMEOUT_S = 30;

    /**
     * The server runs for one workload, a few seconds, and its time goes to system calls. With the JVM's
     * defaults its C2 compiler spent 0.7–1.8 s of CPU in each of the first 10,000-request runs, on the 2
     * cores the client needs too. C1 alone compiles the server's paths within a few hundred requests and
     * runs them nearly as fast (its I/O threads: 0.8–1.3 s of CPU per 10,000 requests, against 0.7–1.1 s
     * once C2 is done). One collector thread, and a young generation that holds a run's garbage, so that
     * the held connections are rarely copied in a pause during a run.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn256m");

    private final Process process;
    private final URI base;
    private final ServerClock clock;

    private LatencyServerProcess(Process process, URI base, ServerClock clock) {
        this.process = process;
        this.base = base;
        this.clock = clock;
    }

    /** True when {@code inFlight} connections, both ends, would not fit this process's open-file limit. */
    static boolean needed(int inFlight) {
        return inFlight > OpenFileBudget.connections(2);
    }

    /** The JVM to start the child with, or null where this runtime has none (e.g. a stripped app image). */
    static Path javaCommand() {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java");
        return Files.isExecutable(java) ? java : null;
    }

    static LatencyServerProcess start(Path java, Reply defaults) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(JVM_OPTIONS);
        command.add(ChildProcesses.parentOption()); // it exits by itself if this process is killed
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "dev.concurrencylab.Main", "serve", "--port", "0",
                "--latency-ms", Double.toString(defaults.delayMs()),
                "--jitter-ms", Double.toString(defaults.jitterMs()),
                "--dist", defaults.jitter().id(),
                "--bytes", Integer.toString(defaults.bodyBytes())));
        Process p;
        try {
            p = ChildProcesses.start(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the latency server process", e);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                String line = out.readLine();
                // Keep draining, so the child never blocks on a full pipe.
                Thread.ofPlatform().daemon(true).name("latency-server-output").start(() -> {
                    try {
                        while (out.readLine() != null) {
                            // discard
                        }
                    } catch (IOException ignored) {
                        // the child has gone
                    }
                });
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            String line = firstLine.get(START_TIMEOUT_S, TimeUnit.SECONDS);
            if (line == null || !line.startsWith("http://127.0.0.1:")) {
                throw new IllegalStateException("the latency server process did not start (said: " + line + ")");
            }
            URI base = URI.create(line.trim());
            return new LatencyServerProcess(p, base, ServerClock.measure(base));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the latency server process", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            p.destroyForcibly();
            throw new IllegalStateException("the latency server process did not start: " + e, e);
        }
    }

    URI baseUri() {
        return base;
    }

    /** The child's clock as measured when it started. */
    ServerClock clock() {
        return clock;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
