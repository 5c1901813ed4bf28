package dev.concurrencylab.store;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;

/**
 * Traces in the Chrome Trace Event Format, for Perfetto UI and chrome://tracing: each run is a process
 * ({@code pid} = its place in the comparison, named by metadata events), each thread or worker-process lane a
 * thread ({@code tid}), each segment a complete ({@code "X"}) slice named by its state, timestamps in
 * microseconds from the run's start. Waits that belong to no thread (an event loop's pending I/O) overlap one
 * another, which "X" slices on one track may not, so they are written as async ({@code "b"}/{@code "e"}) pairs.
 */
public final class ChromeTrace {
    private ChromeTrace() {
    }

    public static void write(Path file, List<RunOutput> runs) throws IOException {
        OutputFile.write(file, out -> write(out, runs));
    }

    public static void write(OutputStream out, List<RunOutput> runs) {
        try (JsonGenerator g = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("displayTimeUnit", "ms");
            g.writeName("traceEvents");
            g.writeStartArray();
            long asyncId = 0;
            for (int r = 0; r < runs.size(); r++) {
                asyncId = writeRun(g, r + 1, runs.get(r), asyncId);
            }
            g.writeEndArray();
            g.writeName("otherData");
            g.writeStartObject();
            g.writeStringProperty("generator", "Concurrency Lab");
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static long writeRun(JsonGenerator g, int pid, RunOutput run, long asyncId) {
        RunResult res = run.result();
        metadata(g, "process_name", pid, 0, "name", pid + ". " + res.label() + " (" + res.workersLine() + ", "
                + res.workload().id() + (res.interpreterLine() == null ? "" : ", " + res.interpreterLine()) + ")");
        metadata(g, "process_sort_index", pid, 0, "sort_index", pid);
        long id = asyncId;
        for (LaneSnapshot lane : run.trace().lanes()) {
            int tid = lane.id() + 1;
            metadata(g, "thread_name", pid, tid, "name", lane.name());
            metadata(g, "thread_sort_index", pid, tid, "sort_index", tid);
            boolean overlapping = lane.kind() == LaneKind.DETACHED;
            Segments s = lane.segments();
            for (int i = 0; i < s.size(); i++) {
                if (overlapping) {
                    async(g, pid, tid, ++id, s.state(i), s.task(i), s.start(i), s.end(i));
                } else {
                    slice(g, pid, tid, s.state(i), lane.inferred(s.state(i)), s.task(i), s.start(i), s.end(i));
                }
            }
            if (lane.openState() != null && !overlapping) {
                long end = Math.max(lane.openStart(), run.trace().nowNanos());
                slice(g, pid, tid, lane.openState(), lane.inferred(lane.openState()), lane.openTask(), lane.openStart(),
                        end);
            }
        }
        return id;
    }

    private static void metadata(JsonGenerator g, String name, int pid, int tid, String key, Object value) {
        g.writeStartObject();
        g.writeStringProperty("name", name);
        g.writeStringProperty("ph", "M");
        g.writeNumberProperty("pid", pid);
        g.writeNumberProperty("tid", tid);
        g.writeName("args");
        g.writeStartObject();
        g.writePOJOProperty(key, value);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A segment as a complete slice; an inferred one is named so ("GIL_WAIT (inferred)") in category "inferred". */
    private static void slice(JsonGenerator g, int pid, int tid, State state, boolean inferred, int task, long start,
                              long end) {
        g.writeStartObject();
        g.writeStringProperty("name", inferred ? state.name() + " (inferred)" : state.name());
        g.writeStringProperty("cat", inferred ? "inferred" : "state");
        g.writeStringProperty("ph", "X");
        g.writeNumberProperty("ts", micros(start));
        g.writeNumberProperty("dur", micros(end - start));
        g.writeNumberProperty("pid", pid);
        g.writeNumberProperty("tid", tid);
        args(g, task);
        g.writeEndObject();
    }

    private static void async(JsonGenerator g, int pid, int tid, long id, State state, int task, long start, long end) {
        for (int k = 0; k < 2; k++) {
            g.writeStartObject();
            g.writeStringProperty("name", state.name());
            g.writeStringProperty("cat", "wait");
            g.writeStringProperty("ph", k == 0 ? "b" : "e");
            g.writeStringProperty("id", Long.toHexString(id));
            g.writeNumberProperty("ts", micros(k == 0 ? start : end));
            g.writeNumberProperty("pid", pid);
            g.writeNumberProperty("tid", tid);
            if (k == 0) {
                args(g, task);
            }
            g.writeEndObject();
        }
    }

    private static void args(JsonGenerator g, int task) {
        if (task >= 0) {
            g.writeName("args");
            g.writeStartObject();
            g.writeNumberProperty("task", task);
            g.writeEndObject();
        }
    }

    /** Nanoseconds to microseconds, keeping the nanoseconds as three decimals. */
    static double micros(long nanos) {
        return nanos / 1000.0;
    }
}
