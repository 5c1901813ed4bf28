package dev.concurrencylab.store;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Run results as JSON: one run as an object, a comparison as {@code {"runs": [...]}}. */
public final class ResultsJson {
    private ResultsJson() {
    }

    public static void writeRun(OutputStream out, RunResult result) {
        Json.MAPPER.writeValue(out, result);
    }

    public static void writeComparison(OutputStream out, List<RunOutput> runs) {
        Json.MAPPER.writeValue(out, Map.of("runs", runs.stream().map(RunOutput::result).toList()));
    }

    /** Writes a single run's result as an object, several as a comparison; atomically to a file. */
    public static void write(Path file, List<RunOutput> runs, boolean comparison) throws IOException {
        OutputFile.write(file, out -> write(out, runs, comparison));
    }

    public static void write(OutputStream out, List<RunOutput> runs, boolean comparison) {
        if (comparison) {
            writeComparison(out, runs);
        } else {
            writeRun(out, runs.get(0).result());
        }
    }
}
