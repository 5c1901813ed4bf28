package dev.concurrencylab.cli;

import static dev.concurrencylab.cli.CommandLineTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.cli.CommandLineTest.Result;
import dev.concurrencylab.store.Json;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code --experiment}, {@code validate}, {@code --record}, {@code --csv} and {@code --chrome-trace}. */
class ExperimentCommandsTest {
    @TempDir
    Path dir;

    private Path lesson() throws Exception {
        Path f = dir.resolve("lesson.json");
        Files.writeString(f, """
                {
                  "schemaVersion": 1,
                  "name": "Quick waits",
                  "workload": {"kind": "sleep", "tasks": 6, "latencyMs": 5},
                  "models": ["sequential", "eventloop"],
                  "settings": {"warmup": false},
                  "referenceSeconds": {"sequential": 0.03}
                }
                """);
        return f;
    }

    @Test
    void validatePrintsWhatWouldRunWithoutRunning() {
        Result r = cli("validate", "assets/presets/classic-io.json", "preset:classic-cpu");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("valid experiment").contains("Classic I/O: fetching URLs")
                .contains("http: 200 requests").contains("3. article-asyncio").contains("published:   sequential 37.98 s")
                .contains("would run:   concurrency-lab compare --experiment assets/presets/classic-io.json")
                .contains("4. process: 4 processes");
        assertThat(cli("validate", "--presets").out()).contains("preset:connection-pool-bottleneck");
    }

    @Test
    void badFilesExitWithTwoNamingLineColumnAndField() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n  \"schemaVersion\": 1,\n  \"models\": [\"pool\"],\n  \"workload\": {\"kind\": \"sleep\", \"tasks\": -1}\n}");
        Result r = cli("validate", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("line 4, column").contains("workload.tasks").contains("between 1 and");
        Files.writeString(f, "{\"schemaVersion\": 7}");
        assertThat(cli("compare", "--experiment", f.toString()).err()).contains("newer Concurrency Lab");
        assertThat(cli("run", "--experiment", dir.resolve("none.json").toString()).status()).isEqualTo(2);
        assertThat(cli("validate", "preset:nope").status()).isEqualTo(2);
    }

    @Test
    void optionsGivenOverrideTheExperimentsValues() throws Exception {
        Result r = cli("compare", "--experiment", lesson().toString(), "--tasks", "4", "--json", "-");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(cli("compare", "--experiment", lesson().toString(), "--tasks", "4").out())
                .as("times published for 6 tasks are not shown beside 4").doesNotContain("published");
        JsonNode runs = Json.MAPPER.readTree(r.out()).get("runs");
        assertThat(runs.size()).isEqualTo(2);
        assertThat(runs.get(1).get("model").asString()).isEqualTo("eventloop");
        assertThat(runs.get(0).get("tasks").asInt()).isEqualTo(4);
        assertThat(runs.get(0).get("workload").asString()).isEqualTo("sleep");
        Result one = cli("run", "--experiment", lesson().toString(), "--json", "-");
        assertThat(one.status()).isZero();
        assertThat(one.err()).contains("running the experiment's first model, sequential");
        assertThat(Json.MAPPER.readTree(one.out()).get("tasks").asInt()).isEqualTo(6);
        Result other = cli("run", "--experiment", lesson().toString(), "--model", "virtual", "--json", "-");
        assertThat(Json.MAPPER.readTree(other.out()).get("model").asString()).isEqualTo("virtual");
    }

    @Test
    void recordCsvAndChromeTraceAreWrittenAndTheRecordingValidates() throws Exception {
        Path rec = dir.resolve("lesson" + RecordedRuns.EXTENSION);
        Path csv = dir.resolve("m.csv");
        Path chrome = dir.resolve("perfetto.json");
        Result r = cli("compare", "--experiment", lesson().toString(), "--record", rec.toString(), "--csv",
                csv.toString(), "--chrome-trace", chrome.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("sequential: published 30 ms; measured");
        RecordedRun back = RecordedRuns.read(rec);
        assertThat(back.experiment().name()).isEqualTo("Quick waits");
        assertThat(back.runs()).hasSize(2);
        assertThat(back.runs().get(0).trace().segmentCount()).isPositive();
        assertThat(Files.readAllLines(csv)).hasSize(3);
        assertThat(Json.MAPPER.readTree(chrome.toFile()).get("traceEvents").size()).isPositive();
        Result v = cli("validate", rec.toString());
        assertThat(v.status()).as(v.err()).isZero();
        assertThat(v.out()).contains("valid recording of 2 runs").contains("eventloop");
    }
}
