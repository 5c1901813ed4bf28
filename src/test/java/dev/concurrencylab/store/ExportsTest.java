package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.findings.ComparisonFindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ExportsTest {
    @TempDir
    Path dir;

    @Test
    void chromeTraceHasATrackPerLaneAndASlicePerSegment() throws Exception {
        List<RunOutput> runs = Recordings.realRuns();
        Path f = dir.resolve("trace.json");
        ChromeTrace.write(f, runs);
        JsonNode root = Json.MAPPER.readTree(f.toFile());
        JsonNode events = root.get("traceEvents");
        assertThat(events.isArray()).isTrue();
        Map<String, String> threadNames = new HashMap<>();
        Map<String, Integer> slices = new HashMap<>();
        Map<String, Integer> asyncOpen = new HashMap<>();
        List<String> processNames = new ArrayList<>();
        for (JsonNode e : events) {
            String ph = e.get("ph").asString();
            String track = e.get("pid").asInt() + "/" + e.get("tid").asInt();
            switch (ph) {
                case "M" -> {
                    if (e.get("name").asString().equals("thread_name")) {
                        threadNames.put(track, e.get("args").get("name").asString());
                    } else if (e.get("name").asString().equals("process_name")) {
                        processNames.add(e.get("args").get("name").asString());
                    }
                }
                case "X" -> {
                    assertThat(e.get("dur").asDouble()).isGreaterThanOrEqualTo(0);
                    assertThat(State.valueOf(e.get("name").asString())).isNotNull();
                    slices.merge(track, 1, Integer::sum);
                }
                case "b" -> asyncOpen.merge(e.get("id").asString(), 1, Integer::sum);
                case "e" -> asyncOpen.merge(e.get("id").asString(), -1, Integer::sum);
                default -> throw new AssertionError("unexpected phase " + ph);
            }
        }
        assertThat(processNames).hasSize(runs.size());
        assertThat(processNames.get(0)).startsWith("1. sequential");
        assertThat(asyncOpen.values()).allMatch(v -> v == 0);
        int detached = 0;
        for (int r = 0; r < runs.size(); r++) {
            for (LaneSnapshot l : runs.get(r).trace().lanes()) {
                String track = (r + 1) + "/" + (l.id() + 1);
                assertThat(threadNames).containsEntry(track, l.name());
                if (l.kind() == LaneKind.DETACHED) {
                    detached += l.segments().size();
                } else {
                    assertThat(slices.getOrDefault(track, 0)).as(track).isEqualTo(l.segments().size());
                }
            }
        }
        assertThat(asyncOpen).hasSize(detached);
        assertThat(detached).isPositive();
    }

    @Test
    void chromeTraceTimesAreMicroseconds() throws Exception {
        RunOutput run = Recordings.realRuns().get(0);
        Path f = dir.resolve("one.json");
        ChromeTrace.write(f, List.of(run));
        JsonNode first = null;
        for (JsonNode e : Json.MAPPER.readTree(f.toFile()).get("traceEvents")) {
            if (e.get("ph").asString().equals("X")) {
                first = e;
                break;
            }
        }
        var lane = run.trace().lanes().stream().filter(l -> l.segments().size() > 0).findFirst().orElseThrow();
        assertThat(first.get("ts").asDouble()).isEqualTo(lane.segments().start(0) / 1000.0);
        assertThat(first.get("dur").asDouble())
                .isCloseTo((lane.segments().end(0) - lane.segments().start(0)) / 1000.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(first.get("args").get("task").asInt()).isEqualTo(lane.segments().task(0));
    }

    @Test
    void csvHasTheDocumentedColumnsAndOneRowPerRun() throws Exception {
        List<RunOutput> runs = Recordings.realRuns();
        Path f = dir.resolve("metrics.csv");
        ComparisonFindings findings = ComparisonFindings.of(null, runs);
        MetricsCsv.write(f, runs, Recordings.smallExperiment().referenceSeconds(), Map.of(ModelEntry.of(ModelKind.SEQUENTIAL), 1),
                findings);
        List<String> lines = Files.readAllLines(f);
        assertThat(lines).hasSize(runs.size() + 1);
        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(MetricsCsv.COLUMNS);
        for (int i = 0; i < runs.size(); i++) {
            List<String> row = parse(lines.get(i + 1));
            assertThat(row).hasSameSizeAs(MetricsCsv.COLUMNS);
            Map<String, String> byName = new HashMap<>();
            for (int c = 0; c < row.size(); c++) {
                byName.put(MetricsCsv.COLUMNS.get(c), row.get(c));
            }
            assertThat(byName.get("model")).isEqualTo(runs.get(i).result().model().id());
            assertThat(Double.parseDouble(byName.get("wall_ms"))).isCloseTo(runs.get(i).result().wallMs(),
                    org.assertj.core.data.Offset.offset(1e-3));
            assertThat(byName.get("reference_ms")).isEqualTo(i == 0 ? "100" : "");
            assertThat(byName.get("reference_threads")).isEqualTo(i == 0 ? "1" : "");
            Double ready = runs.get(i).result().readyMs();
            assertThat(ready).as("mixed tasks' sleeps end at a known time").isNotNull();
            assertThat(Double.parseDouble(byName.get("ready_ms"))).isCloseTo(ready, org.assertj.core.data.Offset.offset(1e-3));
            assertThat(Double.parseDouble(byName.get("service_p99_ms"))).isCloseTo(
                    runs.get(i).result().serviceP99Ms(), org.assertj.core.data.Offset.offset(1e-3));
            assertThat(Double.parseDouble(byName.get("response_p99_ms"))).isCloseTo(
                    runs.get(i).result().responseP99Ms(), org.assertj.core.data.Offset.offset(1e-3));
            assertThat(byName.get("findings")).isEqualTo(String.join(";",
                    findings.run(i).stream().map(x -> x.kind().id()).toList()));
        }
    }

    @Test
    void readyAndConnectionWaitsAreSlicesOfTheirOwn() throws Exception {
        RunOutput run = Recordings.withWaitParts();
        Path f = dir.resolve("parts.json");
        ChromeTrace.write(f, List.of(run));
        Map<String, Integer> byName = new HashMap<>();
        for (JsonNode e : Json.MAPPER.readTree(f.toFile()).get("traceEvents")) {
            if (!e.get("ph").asString().equals("M")) {
                byName.merge(e.get("name").asString() + "/" + e.get("ph").asString(), 1, Integer::sum);
            }
        }
        assertThat(byName).containsEntry("CONN_WAIT/X", 1).containsEntry("IO_WAIT/X", 1).containsEntry("READY/X", 1)
                .containsEntry("READY/b", 1).containsEntry("READY/e", 1);
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() throws IOException {
        assertThat(MetricsCsv.quote("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(MetricsCsv.quote("plain")).isEqualTo("plain");
        String csv = MetricsCsv.format(Recordings.synthetic(2, 100, 1).runs(), Map.of(), ComparisonFindings.NONE);
        assertThat(csv.split("\r\n")[1]).contains(",11 × connection refused,");
    }

    /** RFC 4180 fields of one line. */
    static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
