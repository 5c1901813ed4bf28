package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.sweep.SweepFixtures;
import dev.concurrencylab.sweep.SweepPoint;
import dev.concurrencylab.sweep.SweepResult;
import dev.concurrencylab.sweep.SweepSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The {@code sweep} section of experiment files and recordings; files without one stay as they were. */
class SweepFilesTest {
    private static final String HEAD = "{\n  \"schemaVersion\": 2,\n  \"workload\": {\"kind\": \"cpu-hash\"},\n"
            + "  \"models\": [\"pool\", \"gil\"],\n";

    @TempDir
    Path dir;

    @Test
    void anExperimentKeepsItsSweepAndOnlyThenIsWrittenAsSchemaTwo() throws Exception {
        ExperimentFile plain = ExperimentFile.of(SweepFixtures.config(WorkloadKind.CPU_HASH, ModelKind.POOL));
        assertThat(ExperimentFiles.toJson(plain)).contains("\"schemaVersion\" : 1").doesNotContain("sweep");
        ExperimentFile swept = plain.withSweep(SweepSpec.parse("1..4,8,16", 5));
        String json = ExperimentFiles.toJson(swept);
        assertThat(json).contains("\"schemaVersion\" : 2").contains("\"workers\" : \"1..4,8,16\"")
                .contains("\"repeats\" : 5");
        Path f = dir.resolve("sweep.json");
        ExperimentFiles.write(f, swept);
        assertThat(ExperimentFiles.read(f)).isEqualTo(swept);
        assertThat(ExperimentFiles.read(f).withEditedConfig(swept.config().withSettings(swept.config().settings()
                .withWorkers(9))).sweep()).as("an edit keeps the sweep").isEqualTo(swept.sweep());
    }

    @Test
    void aSweepSectionReadsWithDefaultRepeatsAndBadValuesNameTheirField() throws Exception {
        ExperimentFile f = ExperimentFiles.parse(HEAD + "  \"sweep\": {\"workers\": \"1,2,4\"}\n}", "t");
        assertThat(f.sweep()).isEqualTo(SweepSpec.parse("1,2,4", 3));
        ExperimentFileException zero = bad(HEAD + "  \"sweep\": {\"workers\": \"0..3\"}\n}");
        assertThat(zero.field()).isEqualTo("sweep.workers");
        assertThat(zero.line()).isEqualTo(5);
        assertThat(bad(HEAD + "  \"sweep\": {\"workers\": \"1..4\", \"repeats\": 0}\n}").field())
                .isEqualTo("sweep.repeats");
        assertThat(bad(HEAD + "  \"sweep\": {\"repeats\": 2}\n}").field()).isEqualTo("sweep.workers");
        assertThat(bad(HEAD + "  \"sweep\": {\"workers\": [1, 2]}\n}").reason()).isNotEmpty();
        assertThat(bad(HEAD + "  \"sweep\": {\"workers\": \"1..4\", \"step\": 2}\n}").reason()).contains("step");
        assertThat(bad("{\"schemaVersion\": 2, \"workload\": {\"kind\": \"sleep\"}, \"models\": [\"sequential\", "
                + "\"pool\", \"virtual\", \"eventloop\", \"gil\"], \"sweep\": {\"workers\": \"1..4\"}}").reason())
                .contains("1 to 4 models");
    }

    @Test
    void aRecordingKeepsTheSweepsPointsAndAnOlderOneStillOpens() throws Exception {
        SweepSpec spec = SweepSpec.parse("1,2", 2);
        ExperimentFile e = ExperimentFile.of(SweepFixtures.config(WorkloadKind.CPU_HASH, ModelKind.POOL,
                ModelKind.GIL)).withSweep(spec);
        List<SweepPoint> points = List.of(SweepFixtures.point(ModelKind.POOL, 1, 1, 100, 400),
                SweepFixtures.point(ModelKind.POOL, 2, 1, 100, 210), SweepFixtures.point(ModelKind.GIL, 1, 1, 100, 400));
        Path f = dir.resolve("sweep" + RecordedRuns.EXTENSION);
        RecordedRuns.write(f, RecordedRun.now(e, List.of(), points));
        RecordedRun back = RecordedRuns.read(f);
        assertThat(back.experiment().sweep()).isEqualTo(spec);
        assertThat(back.sweep()).isEqualTo(points);
        assertThat(back.runs()).isEmpty();

        Path old = dir.resolve("old" + RecordedRuns.EXTENSION);
        RecordedRuns.write(old, RecordedRun.now(Recordings.smallExperiment(), Recordings.realRuns()));
        String plain = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(old)).readAllBytes());
        // every recording is schema 3 since results renamed their percentiles (see RecordingCodec), sweep or not
        assertThat(plain).contains("\"schemaVersion\":4").doesNotContain("sweep");
        assertThat(RecordedRuns.read(old).sweep()).isEmpty();
    }

    @Test
    void aSweepPointWhoseResultIsAnotherModelsIsRefused() throws Exception {
        ExperimentFile e = ExperimentFile.of(SweepFixtures.config(WorkloadKind.CPU_HASH, ModelKind.POOL))
                .withSweep(SweepSpec.parse("1", 1));
        Path f = dir.resolve("s" + RecordedRuns.EXTENSION);
        RecordedRuns.write(f, RecordedRun.now(e, List.of(), List.of(SweepFixtures.point(ModelKind.POOL, 1, 1, 10, 5))));
        String json = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(f)).readAllBytes());
        Path broken = dir.resolve("b.labrun");
        Files.writeString(broken, json.replace("\"model\":\"pool\",\"workers\":1", "\"model\":\"gil\",\"workers\":1"));
        assertThatThrownBy(() -> RecordedRuns.read(broken)).isInstanceOf(ExperimentFileException.class)
                .satisfies(x -> assertThat(((ExperimentFileException) x).field()).isEqualTo("sweep.points[0].result.model"));
        Files.writeString(broken, json.replace("\"repeat\":1", "\"repeat\":0"));
        assertThatThrownBy(() -> RecordedRuns.read(broken)).hasMessageContaining("sweep.points[0]");
    }

    @Test
    void theSweepsJsonHasThePointsFitsAndCores() {
        SweepSpec spec = SweepSpec.parse("1..6", 1);
        List<SweepPoint> points = new java.util.ArrayList<>(SweepFixtures.curve(ModelKind.POOL, spec,
                n -> SweepFixtures.usl(n, 0.1, 0.01)));
        points.addAll(SweepFixtures.curve(ModelKind.SEQUENTIAL, spec, n -> 1));
        SweepResult r = SweepResult.of(SweepFixtures.config(WorkloadKind.CPU_HASH, ModelKind.SEQUENTIAL,
                ModelKind.POOL), spec, points, 2);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SweepJson.write(out, r);
        JsonNode doc = Json.MAPPER.readTree(out.toByteArray());
        assertThat(doc.get("cores").asInt()).isEqualTo(2);
        assertThat(doc.get("points").size()).isEqualTo(7);
        JsonNode p = doc.get("points").get(1);
        for (String field : new String[] {"model", "workers", "repeat", "wallMs", "throughput", "speedup"}) {
            assertThat(p.has(field)).as(field).isTrue();
        }
        JsonNode seq = doc.get("fits").get(0);
        assertThat(seq.get("model").asString()).isEqualTo("sequential");
        assertThat(seq.has("usl")).isFalse();
        assertThat(seq.get("note").asString()).contains("one point");
        JsonNode pool = doc.get("fits").get(1);
        assertThat(pool.get("usl").get("alpha").asDouble()).isBetween(0.099, 0.101);
        assertThat(pool.get("usl").has("peakWorkers")).isTrue();
        assertThat(pool.get("amdahl").has("serialFraction")).isTrue();
        String[] rows = SweepCsv.format(r).split("\r\n");
        assertThat(rows).hasSize(8);
        assertThat(rows[0]).startsWith("model,workers,repeat,wall_ms,throughput_per_s,speedup");
    }

    private static ExperimentFileException bad(String json) {
        try {
            ExperimentFiles.parse(json, "t");
        } catch (ExperimentFileException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }
}
