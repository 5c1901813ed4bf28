package dev.concurrencylab.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Drains a worker's stderr, logging it and keeping the last lines to explain a failure (e.g. a bad JVM flag). */
public final class StderrTail {
    private static final System.Logger LOG = System.getLogger(StderrTail.class.getName());
    private static final int KEEP = 4;
    private static final int MAX_CHARS = 300;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread reader;

    public StderrTail(InputStream err, String worker) {
        reader = Thread.ofVirtual().name(worker + "-stderr").start(() -> drain(err, worker));
    }

    private void drain(InputStream err, String worker) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                LOG.log(System.Logger.Level.DEBUG, "{0}: {1}", worker, line);
                synchronized (lines) {
                    lines.addLast(line);
                    if (lines.size() > KEEP) {
                        lines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the worker is gone
        }
    }

    /** The last lines written, joined; waits briefly for a worker that just exited to have been read out. */
    public String lastLines() {
        awaitDrained();
        synchronized (lines) {
            return shortened(String.join(" / ", lines));
        }
    }

    /** The last non-blank line written, e.g. the exception line that ends a Python traceback; "" if none. */
    public String lastLine() {
        awaitDrained();
        synchronized (lines) {
            return lines.reversed().stream().filter(l -> !l.isBlank()).findFirst().map(l -> shortened(l.strip()))
                    .orElse("");
        }
    }

    /**
     * Waits up to 2 s for a worker that just exited to have been read out (its pipe is closed, so the reader ends
     * as soon as it is scheduled: 300 ms was too short on a loaded machine).
     */
    private void awaitDrained() {
        try {
            reader.join(java.time.Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String shortened(String s) {
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) + "…" : s;
    }
}
