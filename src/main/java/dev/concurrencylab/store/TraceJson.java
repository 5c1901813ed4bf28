package dev.concurrencylab.store;

import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Whole traces as JSON, streamed: per run its result, lanes (each segment as
 * {@code [state, task, startNs, endNs]}, and the states inferred on the lane) and tasks (submitted, started, ended, status, failure).
 */
public final class TraceJson {
    private TraceJson() {
    }

    public static void write(Path file, List<RunOutput> runs) throws IOException {
        OutputFile.write(file, out -> write(out, runs));
    }

    public static void write(OutputStream out, List<RunOutput> runs) {
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("runs");
            g.writeStartArray();
            for (RunOutput r : runs) {
                g.writeStartObject();
                g.writePOJOProperty("result", r.result());
                writeTrace(g, r.trace());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static void writeTrace(JsonGenerator g, TraceSnapshot t) {
        g.writeNumberProperty("endNanos", t.endNanos());
        g.writeName("lanes");
        g.writeStartArray();
        for (LaneSnapshot l : t.lanes()) {
            g.writeStartObject();
            g.writeNumberProperty("id", l.id());
            g.writeStringProperty("name", l.name());
            g.writeStringProperty("kind", l.kind().name());
            g.writeNumberProperty("cpuNanos", l.cpuNanos());
            if (!l.inferred().isEmpty()) {
                g.writeName("inferred"); // states read from clocks rather than observed, e.g. CPython's GIL_WAIT
                g.writeStartArray();
                for (State st : l.inferred()) {
                    g.writeString(st.name());
                }
                g.writeEndArray();
            }
            g.writeName("segments");
            g.writeStartArray();
            Segments s = l.segments();
            for (int i = 0; i < s.size(); i++) {
                g.writeStartArray();
                g.writeString(s.state(i).name());
                g.writeNumber(s.task(i));
                g.writeNumber(s.start(i));
                g.writeNumber(s.end(i));
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        TaskTable tasks = t.tasks();
        g.writeName("tasks");
        g.writeStartArray();
        for (int i = 0; i < tasks.size(); i++) {
            g.writeStartArray();
            g.writeNumber(tasks.submitted()[i]);
            g.writeNumber(tasks.started()[i]);
            g.writeNumber(tasks.ended()[i]);
            g.writeString(tasks.status()[i].name());
            g.writeString(tasks.failure()[i]);
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
