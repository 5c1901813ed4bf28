package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** CPython runs in every file: the interpreter, the inferred GIL waits, recordings that keep both. */
class CPythonExportsTest {
    private static ExperimentFile experiment;
    private static List<RunOutput> runs;

    @TempDir
    Path dir;

    @BeforeAll
    static void runInPython() throws InterruptedException {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.CPU_REGEX).withTasks(60).withLength(1000);
        experiment = ExperimentFile.of(ExperimentConfig.of(w, List.of(ModelKind.CPYTHON_THREADS,
                ModelKind.CPYTHON_PROCESSES), ModelSettings.defaults().withWorkers(2).withWarmup(false)));
        runs = Comparison.execute(experiment.config(), new CancelToken(), RunListener.NONE);
    }

    @Test
    void aRecordingKeepsTheInterpreterAndWhatWasInferred() throws Exception {
        Path f = dir.resolve("python" + RecordedRuns.EXTENSION);
        RecordedRuns.write(f, RecordedRun.now(experiment, runs));
        List<RunOutput> back = RecordedRuns.read(f).runs();

        Recordings.assertSameRuns(back, runs);
        assertThat(back.get(0).result().python()).startsWith("CPython 3.");
        assertThat(back.get(0).result().gilEnabled()).isTrue();
        assertThat(back.get(0).trace().threadLanes()).allSatisfy(l -> assertThat(l.inferred(State.GIL_WAIT)).isTrue());
    }

    @Test
    void chromeTraceCsvAndJsonNameTheInterpreterAndTheInferredWaits() throws Exception {
        ByteArrayOutputStream chrome = new ByteArrayOutputStream();
        ChromeTrace.write(chrome, runs);
        List<String> names = new ArrayList<>();
        for (JsonNode e : Json.MAPPER.readTree(chrome.toByteArray()).get("traceEvents")) {
            names.add(e.path("args").path("name").asString(e.get("name").asString()));
        }
        assertThat(names).anyMatch(n -> n.startsWith("1. cpython-threads (2 threads, cpu-regex, CPython 3."))
                .anyMatch(n -> n.startsWith("2. cpython-processes (2 processes"))
                .contains("SPAWN", "IPC").doesNotContain("GIL_WAIT");
        long inferred = TraceChecksCount.gilWaits(runs.get(0)) + TraceChecksCount.gilWaits(runs.get(1));
        assertThat(names.stream().filter("GIL_WAIT (inferred)"::equals).count()).isEqualTo(inferred);

        String csv = MetricsCsv.format(runs, Map.of(), ComparisonFindings.NONE);
        int python = MetricsCsv.COLUMNS.indexOf("python");
        assertThat(csv.lines().skip(1)).allSatisfy(row -> {
            List<String> cells = List.of(row.split(",", -1));
            assertThat(cells.get(python)).matches("CPython 3\\.[0-9.]+");
            assertThat(cells.get(python + 1)).as("gil_enabled").isEqualTo("true");
            assertThat(cells.get(MetricsCsv.COLUMNS.indexOf("interpreter"))).as("the comparison's own").isEmpty();
            assertThat(cells.get(MetricsCsv.COLUMNS.indexOf("first_tasks"))).as("5 %% of 60").isEqualTo("3");
        });

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        TraceJson.write(json, runs);
        JsonNode lane = Json.MAPPER.readTree(json.toString(StandardCharsets.UTF_8)).get("runs").get(0).get("lanes").get(0);
        assertThat(lane.get("inferred").get(0).asString()).isEqualTo("GIL_WAIT");
    }

    /** Counts without the engine's test helpers, which live in another package. */
    private static final class TraceChecksCount {
        static long gilWaits(RunOutput run) {
            long n = 0;
            for (LaneSnapshot l : run.trace().lanes()) {
                for (int i = 0; i < l.segments().size(); i++) {
                    n += l.segments().state(i) == State.GIL_WAIT ? 1 : 0;
                }
            }
            return n;
        }
    }
}
