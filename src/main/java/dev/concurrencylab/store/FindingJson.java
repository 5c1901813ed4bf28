package dev.concurrencylab.store;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.findings.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding as files write it ({@code --json}, recordings): its kind and severity by name, its span in milliseconds
 * since the run's start, the lanes it concerns by name (as the trace names them), its tasks and its numbers.
 */
@JsonPropertyOrder({"kind", "severity", "message", "startMs", "endMs", "lanes", "tasks", "values"})
record FindingJson(String kind, String severity, String message, double startMs, double endMs, List<String> lanes,
                   List<Integer> tasks, Map<String, Double> values) {

    static FindingJson of(Finding f, TraceSnapshot trace) {
        Map<Integer, String> names = new HashMap<>();
        for (LaneSnapshot l : trace.lanes()) {
            names.put(l.id(), l.name());
        }
        List<String> lanes = new ArrayList<>();
        for (int id : f.lanes()) {
            lanes.add(names.getOrDefault(id, "lane " + id));
        }
        return new FindingJson(f.kind().id(), f.severity().label(), f.message(), f.startMs(), f.endMs(), lanes,
                f.tasks(), f.values());
    }

    /** Run {@code index}'s findings in file form. */
    static List<FindingJson> of(ComparisonFindings findings, int index, TraceSnapshot trace) {
        return findings.run(index).stream().map(f -> of(f, trace)).toList();
    }
}
