package dev.concurrencylab.store;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.findings.ComparisonFindings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Run results as JSON: one run as an object, a comparison as {@code {"runs": [...]}}; each run's object is its
 * result's fields plus {@code "findings": [{"kind", "severity", "message", "startMs", "endMs", "lanes", "tasks",
 * "values"}]}.
 */
public final class ResultsJson {
    private ResultsJson() {
    }

    /** Writes a single run's result as an object, several as a comparison; atomically to a file. */
    public static void write(Path file, List<RunOutput> runs, ComparisonFindings findings, boolean comparison)
            throws IOException {
        OutputFile.write(file, out -> write(out, runs, findings, comparison));
    }

    public static void write(OutputStream out, List<RunOutput> runs, ComparisonFindings findings, boolean comparison) {
        if (comparison) {
            List<ObjectNode> all = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                all.add(run(runs, findings, i));
            }
            Json.MAPPER.writeValue(out, Map.of("runs", all));
        } else {
            Json.MAPPER.writeValue(out, run(runs, findings, 0));
        }
    }

    private static ObjectNode run(List<RunOutput> runs, ComparisonFindings findings, int index) {
        RunOutput o = runs.get(index);
        ObjectNode node = Json.MAPPER.valueToTree(o.result());
        node.set("findings", Json.MAPPER.valueToTree(FindingJson.of(findings, index, o.trace())));
        return node;
    }
}
