package dev.concurrencylab.process;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The app's side of one worker process: its pipes, its clock offset, and a watchdog that kills it when it
 * stays silent past its deadline. One thread at a time talks to it.
 */
final class WorkerProcess {
    private static final int PINGS = 5;
    private static final long WATCH_MS = 25;
    private static final long EXIT_WAIT_MS = 1000;

    private final Process process;
    private final String name;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final StderrTail stderr;
    private volatile long deadline = Long.MAX_VALUE;
    private volatile String deadlineMissed;
    private volatile String timedOut;
    private long offset;

    private WorkerProcess(Process process, String name) {
        this.process = process;
        this.name = name;
        this.in = Frames.input(process.getInputStream());
        this.out = new DataOutputStream(process.getOutputStream());
        this.stderr = new StderrTail(process.getErrorStream(), name);
        Thread.ofVirtual().name(name + "-watchdog").start(this::watch);
    }

    /** Starts the process; it is not ready until {@link #handshake} returns. */
    static WorkerProcess start(WorkerCommand command, String name) throws WorkerFailure {
        try {
            Process p = ChildProcesses.start(new ProcessBuilder(command.toList()));
            return new WorkerProcess(p, name);
        } catch (IOException e) {
            throw new WorkerFailure(name + " could not be started: " + e.getMessage(), true);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the worker's READY, then probes its clock and keeps the offset of the fastest round trip. */
    void handshake(Duration readyTimeout) throws WorkerFailure {
        expectWithin(readyTimeout, "was not ready within " + seconds(readyTimeout));
        Frames.In ready = read(true);
        try {
            if (ready.type() != Frames.READY) {
                throw new ProtocolException("expected READY, got frame type " + ready.type());
            }
            int magic = ready.payload().getInt();
            if (magic != Frames.MAGIC) {
                throw new ProtocolException((magic & 0xFFFFFF00) == Frames.MAGIC_FAMILY
                        ? "the worker speaks protocol " + (char) (magic & 0xFF) + ", this app speaks " + Frames.PROTOCOL
                        : "expected READY, got a frame without the worker's mark");
            }
            ready.payload().getLong();
            ready.payload().getLong();
            ready.end();
            long best = Long.MAX_VALUE;
            byte[] ping = new Frames.Out(Frames.PING).toFrame();
            for (int i = 0; i < PINGS; i++) {
                long t0 = System.nanoTime();
                send(ping, true);
                Frames.In pong = read(true);
                long t1 = System.nanoTime();
                if (pong.type() != Frames.PONG) {
                    throw new ProtocolException("expected PONG, got frame type " + pong.type());
                }
                long workerAt = pong.payload().getLong();
                pong.end();
                if (t1 - t0 < best) {
                    best = t1 - t0;
                    offset = workerAt - (t0 + t1) / 2;
                }
            }
        } catch (ProtocolException | BufferUnderflowException e) {
            throw garbage(e, true);
        }
        idle();
    }

    /** The app's System.nanoTime() for a time stamped by the worker. */
    long toParent(long workerNanos) {
        return workerNanos - offset;
    }

    /** The worker must send its next frame within {@code limit}, or the watchdog stops it. */
    void expectWithin(Duration limit, String otherwise) {
        deadlineMissed = otherwise;
        deadline = System.nanoTime() + limit.toNanos();
    }

    void idle() {
        deadline = Long.MAX_VALUE;
    }

    void send(byte[] frame, boolean atStart) throws WorkerFailure {
        try {
            out.write(frame);
            out.flush();
        } catch (IOException e) {
            throw ended(atStart);
        }
    }

    /** The next frame; any failure comes back as a {@link WorkerFailure} with the reason, the worker stopped. */
    Frames.In read(boolean atStart) throws WorkerFailure {
        try {
            return Frames.read(in);
        } catch (ProtocolException e) {
            throw garbage(e, atStart);
        } catch (IOException e) {
            throw ended(atStart);
        }
    }

    WorkerFailure garbage(RuntimeException e, boolean atStart) {
        if (atStart && e instanceof ProtocolException p && p.head() != null) {
            return new WorkerFailure(describe() + " could not start; its JVM said: " + startUpText(p.head()), true);
        }
        process.destroyForcibly();
        String why = e instanceof BufferUnderflowException ? "a frame cut short" : e.getMessage();
        return new WorkerFailure(describe() + " sent garbage (" + why + "); stopped", atStart);
    }

    /**
     * What a JVM that failed to start wrote where the frames go (its own start-up errors go to stdout, e.g.
     * "Error occurred during initialization of VM / Too small maximum heap"): the bytes taken for a frame's
     * length, and what followed, read only once the process has exited or been stopped.
     */
    private String startUpText(byte[] head) {
        try {
            if (!process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            byte[] rest = in.readNBytes(Math.min(in.available(), StartUpText.MAX_BYTES));
            byte[] all = new byte[head.length + rest.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(rest, 0, all, head.length, rest.length);
            return StartUpText.of(all);
        } catch (IOException e) {
            return StartUpText.of(head);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return StartUpText.of(head);
        }
    }

    /** Explains why the pipe ended: the watchdog's timeout, or the exit status and the worker's last words. */
    private WorkerFailure ended(boolean atStart) {
        try {
            process.waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (timedOut != null) {
            return new WorkerFailure(describe() + " " + timedOut + "; stopped", atStart);
        }
        process.destroyForcibly();
        String status = process.isAlive() ? "closed its output"
                : "exited with status " + process.exitValue() + (process.exitValue() == 137 ? " (killed)" : "");
        String last = stderr.lastLines();
        return new WorkerFailure(describe() + " " + status + (atStart ? " before it was ready" : "")
                + (last.isEmpty() ? "" : ": " + last), atStart);
    }

    private String describe() {
        return name + " (pid " + process.pid() + ")";
    }

    private void watch() {
        try {
            while (process.isAlive()) {
                if (System.nanoTime() > deadline) {
                    timedOut = deadlineMissed;
                    process.destroyForcibly();
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(WATCH_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void kill() {
        process.destroyForcibly();
    }

    /** Closes the worker's stdin, which ends it; kills it if it has not exited in time. */
    void stop() {
        try {
            out.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** Waits for a stopped worker to exit, killing it at the deadline. */
    void awaitExit(long deadlineNanos) {
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
                process.destroyForcibly().waitFor(EXIT_WAIT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
