package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.findings.ComparisonFindings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;

class RecordedRunsTest {
    @TempDir
    Path dir;

    @Test
    void aRealComparisonReadsBackEqualToTheOriginal() throws Exception {
        RecordedRun run = RecordedRun.now(Recordings.smallExperiment(), Recordings.realRuns());
        assertThat(run.runs().get(1).trace().lanes()).anyMatch(l -> l.kind() == LaneKind.DETACHED);
        Path f = dir.resolve("lesson" + RecordedRuns.EXTENSION);
        RecordedRuns.write(f, run);
        RecordedRun back = RecordedRuns.read(f);
        assertThat(back.experiment()).isEqualTo(run.experiment());
        assertThat(back.recordedAt()).isEqualTo(run.recordedAt());
        assertThat(back.machine()).isEqualTo(run.machine());
        Recordings.assertSameRuns(back.runs(), run.runs());
        assertThat(back.runs().get(0).trace().endNanos()).isEqualTo(run.runs().get(0).trace().endNanos());
    }

    /**
     * A recording made by the build before CONN_WAIT and READY existed (states RUNNING, IO_WAIT, GIL_WAIT, QUEUED,
     * SPAWN, IPC; results without readyMs): its codes are read by name, so SPAWN stays SPAWN though its ordinal moved.
     */
    @Test
    void aRecordingFromBeforeReadyAndConnWaitStillOpens() throws Exception {
        RecordedRun old;
        try (InputStream in = getClass().getResourceAsStream("before-ready-state.labrun")) {
            old = RecordedRuns.read(in, "before-ready-state.labrun");
        }
        assertThat(old.experiment().config().kinds()).containsExactly(ModelKind.POOL, ModelKind.EVENTLOOP,
                ModelKind.PROCESS);
        assertThat(old.runs()).allSatisfy(r -> assertThat(r.result().readyMs()).isNull());
        TraceSnapshot process = old.runs().get(2).trace();
        assertThat(process.lanes()).allSatisfy(l -> assertThat(l.segments().state(0)).isEqualTo(State.SPAWN));
        Set<State> seen = EnumSet.noneOf(State.class);
        for (RunOutput r : old.runs()) {
            for (LaneSnapshot l : r.trace().lanes()) {
                for (int i = 0; i < l.segments().size(); i++) {
                    seen.add(l.segments().state(i));
                }
            }
        }
        assertThat(seen).contains(State.RUNNING, State.IO_WAIT, State.SPAWN, State.IPC)
                .doesNotContain(State.READY, State.CONN_WAIT);

        Path again = dir.resolve("again" + RecordedRuns.EXTENSION);
        RecordedRuns.write(again, old);
        Recordings.assertSameRuns(RecordedRuns.read(again).runs(), old.runs());
    }

    @Test
    void readyAndConnectionWaitsAndReadyMsReadBack() throws Exception {
        RecordedRun run = new RecordedRun(Recordings.smallExperiment(), java.util.List.of(Recordings.withWaitParts()),
                java.time.Instant.parse("2026-12-01T10:00:00Z"), "test");
        Path f = dir.resolve("parts" + RecordedRuns.EXTENSION);
        RecordedRuns.write(f, run);
        RecordedRun back = RecordedRuns.read(f);
        Recordings.assertSameRuns(back.runs(), run.runs());
        assertThat(back.runs().getFirst().result().readyMs()).isEqualTo(50.0);
        assertThat(back.runs().getFirst().trace().lanes().getFirst().segments().state(0)).isEqualTo(State.CONN_WAIT);
    }

    @Test
    void aHundredThousandSegmentComparisonStaysFarBelowTenMegabytes() throws IOException {
        RecordedRun big = Recordings.synthetic(3, 100_000, 7);
        Path f = dir.resolve("big" + RecordedRuns.EXTENSION);
        RecordedRuns.write(f, big);
        assertThat(Files.size(f)).isLessThan(10L << 20);
        Recordings.assertSameRuns(RecordedRuns.read(f).runs(), big.runs());
    }

    @Test
    void plainJsonReadsTooAndIsColumnar() throws IOException {
        RecordedRun run = Recordings.synthetic(1, 80, 3);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        RecordedRuns.write(gz, run);
        byte[] json;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz.toByteArray()))) {
            json = in.readAllBytes();
        }
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"format\":\"concurrency-lab-recording\",\"schemaVersion\":4")
                .contains("\"startDelta\":[").contains("\"states\":[\"RUNNING\",");
        Path f = dir.resolve("plain.json");
        Files.write(f, json);
        Recordings.assertSameRuns(RecordedRuns.read(f).runs(), run.runs());
    }

    @Test
    void damagedRecordingsAreRefusedWithTheDocumentedError() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        RecordedRuns.write(gz, Recordings.synthetic(1, 400, 5));
        byte[] good = gz.toByteArray();
        Path f = dir.resolve("bad.labrun");
        Files.write(f, Arrays.copyOf(good, good.length / 2));
        assertThatThrownBy(() -> RecordedRuns.read(f)).isInstanceOf(ExperimentFileException.class)
                .hasMessageContaining("truncated");
        Files.write(f, new byte[0]);
        assertThatThrownBy(() -> RecordedRuns.read(f)).isInstanceOf(ExperimentFileException.class)
                .hasMessageContaining("empty");
        ExperimentFiles.write(f, ExperimentFilesTest.sample());
        assertThatThrownBy(() -> RecordedRuns.read(f)).isInstanceOf(ExperimentFileException.class)
                .hasMessageContaining("unknown field");
    }

    @Test
    void inconsistentTracesAreRefusedNamingTheField() throws IOException {
        String json = plain(Recordings.synthetic(1, 80, 3));
        assertThat(bad(json.replaceFirst("\"duration\":\\[\\d+", "\"duration\":[-5")).field())
                .isEqualTo("runs[0].trace.lanes[0].segments");
        assertThat(bad(json.replaceFirst("\"state\":\\[\\d", "\"state\":[9")).field())
                .isEqualTo("runs[0].trace.lanes[0].segments.state[0]");
        assertThat(bad(json.replaceFirst("\"task\":\\[\\d+,", "\"task\":[")).reason()).contains("entries");
        assertThat(bad(json.replace("\"schemaVersion\":4,\"recordedAt\"", "\"schemaVersion\":9,\"recordedAt\""))
                .reason()).contains("newer");
        assertThat(bad(json.replace("concurrency-lab-recording", "other")).field()).isEqualTo("format");
        assertThat(bad(json.replace("\"THREAD\"", "\"FIBER\"")).reason()).contains("unknown lane kind");
        ExperimentFileException jvm = bad(json.replace("\"interpreter\":null", "\"interpreter\":\"pypy3\""));
        assertThat(jvm.field()).isEqualTo("runs[0].result.interpreter");
        assertThat(jvm.reason()).contains("only the cpython-* models run in an interpreter");
    }

    @Test
    void aRecordingCarriesEachRunsFindings() throws Exception {
        List<RunOutput> runs = Recordings.realRuns();
        String json = plain(RecordedRun.now(Recordings.smallExperiment(), runs));
        ComparisonFindings findings = ComparisonFindings.of(Recordings.smallExperiment().config().settings(), runs);
        assertThat(findings.isEmpty()).isFalse();
        for (var f : findings.numbered()) {
            assertThat(json).contains("{\"kind\":\"" + f.finding().kind().id() + "\",\"severity\":\""
                    + f.finding().severity().label() + "\",\"message\":" + Json.MAPPER.writeValueAsString(
                    f.finding().message()));
        }
    }

    /**
     * Schema 1 (before findings): percentiles were {@code p50Ms...} from submission, there were no service times,
     * no findings and no warm-up split. Such a file still opens; its percentiles become the response ones and the
     * service times and the split are computed from its trace.
     */
    @Test
    void aSchemaOneRecordingOpensWithItsPercentilesAsResponseTimesAndServiceTimesFromItsTrace() throws Exception {
        List<RunOutput> runs = Recordings.realRuns();
        ObjectNode file = (ObjectNode) Json.MAPPER.readTree(plain(RecordedRun.now(Recordings.smallExperiment(), runs)));
        file.put("schemaVersion", 1);
        for (JsonNode run : file.get("runs")) {
            ((ObjectNode) run).remove("findings");
            ObjectNode result = (ObjectNode) run.get("result");
            for (String p : new String[] {"50", "95", "99"}) {
                result.remove("serviceP" + p + "Ms");
                result.set("p" + p + "Ms", result.remove("responseP" + p + "Ms"));
            }
            for (String schema4 : new String[] {"interpreter", "warmupSplit", "tracerNote"}) {
                result.remove(schema4);
            }
        }
        String v1 = Json.MAPPER.writeValueAsString(file);
        assertThat(v1).doesNotContain("serviceP50Ms").doesNotContain("responseP").doesNotContain("\"findings\"")
                .contains("\"p95Ms\"");
        RecordedRun back = RecordedRuns.read(new java.io.ByteArrayInputStream(v1.getBytes(StandardCharsets.UTF_8)),
                "v1");
        for (int i = 0; i < runs.size(); i++) {
            RunResult was = runs.get(i).result();
            RunResult now = back.runs().get(i).result();
            assertThat(now.responseP50Ms()).isEqualTo(was.responseP50Ms());
            assertThat(now.responseP99Ms()).isEqualTo(was.responseP99Ms());
            assertThat(now.serviceP50Ms()).isEqualTo(was.serviceP50Ms()).isPositive();
            assertThat(now.serviceP99Ms()).isEqualTo(was.serviceP99Ms());
            assertThat(now.warmupSplit()).as("from its trace").isEqualTo(was.warmupSplit()).isNotNull();
        }
    }

    @Test
    void failedSaveKeepsThePreviousRecording() throws IOException {
        Path f = dir.resolve("keep.labrun");
        RecordedRun small = Recordings.synthetic(1, 80, 3);
        RecordedRuns.write(f, small);
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> OutputFile.write(f, out -> {
            RecordedRuns.write(out, small);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }

    private static String plain(RecordedRun run) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        RecordedRuns.write(gz, run);
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz.toByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ExperimentFileException bad(String json) {
        try {
            RecordedRuns.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r");
        } catch (ExperimentFileException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }
}
