package dev.concurrencylab.python;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.process.ChildProcesses;
import dev.concurrencylab.process.StderrTail;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's side of one CPython driver process: started without a shell, it says hello (protocol, version, GIL),
 * its clock is compared with the app's, then it takes commands on stdin and answers with events on stdout, one
 * JSON value a line. One thread at a time talks to it; {@link #kill} may come from any thread.
 */
final class DriverProcess {
    static final int PROTOCOL = 1;
    /** Events are read one at a time from a live stream: looking past one for trailing tokens would block. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final System.Logger LOG = System.getLogger(DriverProcess.class.getName());
    private static final Duration START_LIMIT = Duration.ofSeconds(30);
    private static final int PINGS = 5;
    private static final long EXIT_WAIT_MS = 2000;
    /** The tracer reads three clocks: no more can be missing, and no more is said. */
    private static final int MAX_MISSING = 3;
    private static final int MAX_NOTE = 200;

    private final Process process;
    private final Interpreter interpreter;
    private final OutputStream stdin;
    private final JsonParser events;
    private final StderrTail stderr;
    /**
     * Pool workers the driver reported, as handles taken while they were its descendants: killed with it even
     * once they are not (an orphan is re-parented), and never a later process that reuses the pid (a handle
     * checks the start time before it kills).
     */
    private final Set<ProcessHandle> workers = ConcurrentHashMap.newKeySet();
    private JsonNode hello;
    private long offset;
    /** Set by {@link #kill}: a driver the app stopped needs no explaining (and no waiting for its last words). */
    private volatile boolean killed;

    private DriverProcess(Process process, Interpreter interpreter) {
        this.process = process;
        this.interpreter = interpreter;
        this.stdin = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        this.events = JSON.createParser(process.getInputStream());
        this.stderr = new StderrTail(process.getErrorStream(), "python-driver");
    }

    /** Starts the driver and waits for its hello and clock handshake: the interpreter's start-up, untimed. */
    static DriverProcess start(Interpreter interpreter, CancelToken cancel) throws InterruptedException {
        Path script = DriverFiles.script();
        List<String> argv = new ArrayList<>(interpreter.command());
        argv.addAll(List.of("-E", "-s", script.toString())); // no PYTHON* variables, no user site-packages
        Process p;
        try {
            p = ChildProcesses.start(new ProcessBuilder(argv));
        } catch (IOException e) {
            throw new ConfigException("python", interpreter.program() + " cannot be started: " + e.getMessage());
        }
        DriverProcess d = new DriverProcess(p, interpreter);
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        Thread limit = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(START_LIMIT);
                late.set(true);
                d.kill();
            } catch (InterruptedException ignored) {
                // ready in time
            }
        });
        try (CancelToken.Registration ignored = cancel.onCancel(d::kill)) {
            d.handshake();
        } catch (DriverFailure f) {
            d.kill();
            cancel.poll(); // stopped while starting: a CancellationException, not the interpreter's fault
            throw new ConfigException("python", interpreter.program() + " could not run the CPython driver: "
                    + (late.get() ? "it did not say hello within " + START_LIMIT.toSeconds() + " s" : f.getMessage()));
        } finally {
            limit.interrupt();
        }
        return d;
    }

    private void handshake() throws DriverFailure {
        JsonNode h = next();
        if (h == null || !"hello".equals(h.path(0).asString(""))) {
            throw new DriverFailure(h == null ? exit() : "it began with " + h + " instead of its hello");
        }
        hello = h.get(1);
        if (hello.path("protocol").asInt(-1) != PROTOCOL) {
            throw new DriverFailure("it speaks protocol " + hello.path("protocol") + ", this app " + PROTOCOL
                    + " (an old copy of the driver?)");
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < PINGS; i++) {
            long t0 = System.nanoTime();
            send("{\"op\":\"ping\"}");
            JsonNode pong = expect("pong");
            long t1 = System.nanoTime();
            if (t1 - t0 < best) {
                best = t1 - t0;
                offset = pong.get(1).asLong() - (t0 + t1) / 2;
            }
        }
        // On Linux time.perf_counter_ns() and System.nanoTime() read the same CLOCK_MONOTONIC: an offset within
        // the round trip is the round trip's noise, not a second clock.
        boolean same = Math.abs(offset) <= best;
        LOG.log(System.Logger.Level.DEBUG, "{0}: clock offset {1} ns (round trip {2} ns){3}", label(), offset, best,
                same ? ", the same clock" : "");
        if (same) {
            offset = 0;
        }
    }

    /** The app's System.nanoTime() for a driver time stamp. */
    long toApp(long driverNanos) {
        return driverNanos - offset;
    }

    /** "CPython 3.11.2", as the interpreter reports itself. */
    String label() {
        return Interpreter.label(hello.path("implementation").asString(interpreter.implementation()),
                hello.path("implementationVersion").asString(interpreter.version()),
                hello.path("pythonVersion").asString(interpreter.version()),
                hello.path("freeThreadedBuild").asBoolean(false), hello.path("jit").asBoolean(false));
    }

    /**
     * What the tracer could not read in this interpreter and what is drawn instead, as the driver said in its
     * hello ("time.thread_time_ns is missing: ..."), or null where nothing was missing.
     */
    String tracerNote() {
        JsonNode missing = hello.path("missing");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(missing.size(), MAX_MISSING); i++) {
            String function = bounded(missing.get(i).path(0).asString(""));
            String instead = bounded(missing.get(i).path(1).asString(""));
            if (!function.isEmpty()) {
                parts.add(function + " is missing" + (instead.isEmpty() ? "" : ": " + instead));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** A text the driver sent, cut to a length a header or a summary line can hold, without control characters. */
    private static String bounded(String text) {
        String t = text.replaceAll("\\p{Cntrl}", " ").strip();
        return t.length() > MAX_NOTE ? t.substring(0, MAX_NOTE) + "…" : t;
    }

    /** Whether the interpreter runs with its GIL (a free-threaded build may not). */
    boolean gil() {
        return hello.path("gil").asBoolean(true);
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** A pool worker the driver started (killed with the driver). */
    void worker(long pid) {
        if (pid != process.pid()) {
            process.descendants().filter(h -> h.pid() == pid).findFirst().ifPresent(workers::add);
        }
    }

    void send(String line) throws DriverFailure {
        write(out -> {
            try {
                out.write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Writes one command line (a load's tasks are written as they are encoded). */
    private void write(Consumer<OutputStream> body) throws DriverFailure {
        try {
            body.accept(stdin);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException | java.io.UncheckedIOException | JacksonException e) {
            throw new DriverFailure(exit());
        }
    }

    /** Hands a run's tasks to the driver (it compiles the pattern and imports what the model needs). */
    void load(String model, List<dev.concurrencylab.engine.LabTask> tasks) throws DriverFailure {
        write(out -> {
            try (JsonGenerator g = generator(out)) {
                TaskMessages.writeLoad(g, model, tasks);
            }
        });
        expect("loaded");
    }

    /** A generator over the driver's stdin that leaves the stream open when closed. */
    private static JsonGenerator generator(OutputStream out) {
        return JSON.createGenerator(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        });
    }

    /** The next event, or null once the driver has ended its output (exited, crashed or was killed). */
    JsonNode next() throws DriverFailure {
        try {
            JsonNode e = JSON.readTree(events);
            return e == null || e.isMissingNode() ? null : e;
        } catch (JacksonException e) {
            kill();
            throw new DriverFailure("it sent something that is not an event (" + e.getOriginalMessage() + "); stopped");
        }
    }

    /** The next event, which must be of {@code type}. */
    JsonNode expect(String type) throws DriverFailure {
        JsonNode e = next();
        if (e == null) {
            throw new DriverFailure(exit());
        }
        if (!type.equals(e.path(0).asString(""))) {
            throw new DriverFailure("it answered " + e + " where " + type + " was expected");
        }
        return e;
    }

    /** Why the driver's output ended: its exit status and the last line of its stderr (a Python error's). */
    String exit() {
        String who = Path.of(interpreter.command().get(0)).getFileName() + " (pid " + process.pid() + ")";
        if (killed) {
            return who + " was stopped";
        }
        try {
            process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String status = process.isAlive() ? "closed its output"
                : "exited with status " + process.exitValue() + (process.exitValue() == 137 ? " (killed)" : "");
        String last = stderr.lastLine();
        return who + " " + status + (last.isEmpty() ? "" : ": " + last);
    }

    /** Kills the driver and every process it started, at once. */
    void kill() {
        killed = true;
        ChildProcesses.kill(process);
        workers.forEach(ProcessHandle::destroyForcibly);
    }

    /** Ends the driver: its stdin closes, so it exits; killed with its workers if it has not within 2 s. */
    void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.DEBUG, "the CPython driver did not exit when asked; killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            kill();
        }
    }

    /** The driver died, sent garbage or could not be written to; the message says which and why. */
    static final class DriverFailure extends Exception {
        DriverFailure(String reason) {
            super(reason);
        }
    }
}
