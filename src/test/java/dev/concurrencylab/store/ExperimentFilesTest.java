package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LessonCheck;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFilesTest {
    @TempDir
    Path dir;

    static ExperimentFile sample() {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.MIXED).withTasks(321).withCpuShare(0.35)
                .withUrls(List.of("http://127.0.0.1:1/a"));
        ModelSettings s = ModelSettings.defaults().withWorkers(7).withMaxInFlight(9).withSwitchIntervalMs(2.5)
                .withFairGil(false).withMaxConnections(3).withWarmup(false);
        return new ExperimentFile("Lesson 3", "What to watch", ExperimentConfig.of(w,
                List.of(ModelKind.EVENTLOOP, ModelKind.ARTICLE_ASYNCIO, ModelKind.GIL), s),
                Map.of(ModelEntry.of(ModelKind.GIL), 1.5));
    }

    @Test
    void writeThenReadGivesTheSameExperiment() throws IOException {
        Path f = dir.resolve("lesson.json");
        ExperimentFiles.write(f, sample());
        assertThat(ExperimentFiles.read(f)).isEqualTo(sample());
        assertThat(Files.readString(f)).as("nothing of schema 2 used").contains("\"schemaVersion\" : 1")
                .contains("\"article-asyncio\"").doesNotContain("executorThreads");
    }

    @Test
    void missingValuesTakeTheKindsDefaults() throws IOException {
        ExperimentFile e = ExperimentFiles.parse("""
                {"schemaVersion": 1, "workload": {"kind": "sleep"}, "models": ["virtual"]}""", "t");
        assertThat(e.config().workload()).isEqualTo(WorkloadConfig.defaults(WorkloadKind.SLEEP));
        assertThat(e.config().settings()).isEqualTo(ModelSettings.defaults());
        assertThat(e.name()).isNull();
        assertThat(e.referenceSeconds()).isEmpty();
    }

    @Test
    void aRelativeInputFileIsFoundBesideTheExperiment() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("lesson"));
        Files.writeString(sub.resolve("e.json"), """
                {"schemaVersion": 1, "workload": {"kind": "cpu-regex", "inputFile": "strings.txt"}, "models": ["pool"]}""");
        assertThat(ExperimentFiles.read(sub.resolve("e.json")).config().workload().inputFile())
                .isEqualTo(sub.resolve("strings.txt").toAbsolutePath().toString());
    }

    private static ExperimentFileException bad(String json) {
        try {
            ExperimentFiles.parse(json, "lesson.json");
        } catch (ExperimentFileException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    private static final String OK_HEAD = "{\n  \"schemaVersion\": 1,\n  \"models\": [\"pool\"],\n";

    @Test
    void unknownFieldIsNamedWithItsPlace() {
        ExperimentFileException e = bad(OK_HEAD + "  \"workload\": {\"kind\": \"sleep\", \"taks\": 5}\n}");
        assertThat(e.field()).isEqualTo("workload.taks");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isPositive();
        assertThat(e.reason()).contains("unknown field 'taks'").contains("tasks");
        assertThat(e.getMessage()).startsWith("lesson.json: line 4, column ");
    }

    @Test
    void wrongTypesAreRefused() {
        assertThat(bad(OK_HEAD + "  \"workload\": {\"kind\": \"sleep\", \"tasks\": \"200\"}\n}").reason())
                .contains("expected a whole number").contains("found text");
        assertThat(bad(OK_HEAD + "  \"workload\": {\"kind\": \"sleep\", \"tasks\": 1.5}\n}").field())
                .isEqualTo("workload.tasks");
        assertThat(bad(OK_HEAD + "  \"workload\": {\"kind\": 3}\n}").field()).isEqualTo("workload.kind");
        assertThat(bad(OK_HEAD + "  \"workload\": {\"kind\": \"sleep\"}, \"settings\": {\"warmup\": 1}\n}").field())
                .isEqualTo("settings.warmup");
        assertThat(bad(OK_HEAD + "  \"workload\": [\"sleep\"]\n}").field()).isEqualTo("workload");
        assertThat(bad("[1, 2]").reason()).contains("expected an object");
        assertThat(bad("{\"schemaVersion\": 1, \"workload\": {\"kind\": \"sleep\"}, \"models\": \"pool\"}").field())
                .isEqualTo("models");
    }

    @Test
    void outOfRangeValuesAreReportedAtTheirField() {
        ExperimentFileException e = bad(OK_HEAD + "  \"workload\": {\n    \"kind\": \"sleep\",\n    \"tasks\": 0\n  }\n}");
        assertThat(e.field()).isEqualTo("workload.tasks");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.reason()).contains("between 1 and 100000");
        assertThat(bad(OK_HEAD + "  \"workload\": {\"kind\": \"sleep\"},\n  \"settings\": {\"switchIntervalMs\": 0}\n}")
                .field()).isEqualTo("settings.switchIntervalMs");
        assertThat(bad("{\"schemaVersion\": 1, \"workload\": {\"kind\": \"sleep\"}, \"models\": [\"pool\", \"fast\"]}"))
                .satisfies(x -> assertThat(x.field()).isEqualTo("models[1]"))
                .satisfies(x -> assertThat(x.reason()).contains("unknown model 'fast'").contains("eventloop"))
                .satisfies(x -> assertThat(x.column()).isPositive());
        assertThat(bad("{\"schemaVersion\": 1, \"workload\": {\"kind\": \"sleepy\"}, \"models\": [\"pool\"]}").field())
                .isEqualTo("workload.kind");
        assertThat(bad("{\"schemaVersion\": 1, \"workload\": {\"kind\": \"sleep\"}, \"models\": []}").field())
                .isEqualTo("models");
        assertThat(bad("{\"schemaVersion\": 1, \"workload\": {\"kind\": \"sleep\"}, \"models\": [\"pool\", \"pool\"]}")
                .reason()).contains("twice");
        assertThat(bad("{\"schemaVersion\": 1, \"workload\": {\"kind\": \"sleep\"}, \"models\": [\"pool\"],"
                + " \"referenceSeconds\": {\"pool\": -3}}").field()).isEqualTo("referenceSeconds");
        assertThat(bad(OK_HEAD + "  \"workload\": {\"kind\": \"sleep\", \"tasks\": 99999999999}\n}").reason())
                .contains("out of range");
        // a bad URL is refused when the file is read, at its list, not when a run fails 200 fetches
        ExperimentFileException url = bad(OK_HEAD + "  \"workload\": {\n    \"kind\": \"http\",\n"
                + "    \"urls\": [\"ftp://example.org/x\"]\n  }\n}");
        assertThat(url.field()).isEqualTo("workload.urls");
        assertThat(url.line()).isEqualTo(6);
        assertThat(url.reason()).contains("ftp://example.org/x", "http://");
    }

    @Test
    void checksAndPublishedThreadsSaveAndReadBack() throws IOException {
        ExperimentFile e = new ExperimentFile("Lesson", "Watch", ExperimentConfig.of(WorkloadConfig.defaults(),
                List.of(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.ARTICLE_ASYNCIO),
                ModelSettings.defaults().withExecutorThreads(12)), Map.of(ModelEntry.of(ModelKind.ARTICLE_ASYNCIO), 3.43),
                Map.of(ModelEntry.of(ModelKind.ARTICLE_ASYNCIO), 12), List.of(
                LessonCheck.fasterThan(ModelKind.POOL, ModelKind.SEQUENTIAL, 1.6, 2),
                new LessonCheck(ModelEntry.of(ModelKind.POOL), null, 0.8, 1.0, 1)), null);
        Path f = dir.resolve("checks.json");
        ExperimentFiles.write(f, e);
        assertThat(Files.readString(f)).contains("\"schemaVersion\" : 2").contains("\"speedUp\" : \"pool\"")
                .contains("\"efficiency\" : \"pool\"").contains("\"executorThreads\" : 12");
        assertThat(ExperimentFiles.read(f)).isEqualTo(e);
    }

    @Test
    void aBadCheckIsNamedWithItsPlace() {
        String head = OK_HEAD + "  \"workload\": {\"kind\": \"sleep\"},\n  \"checks\": [\n";
        ExperimentFileException noOver = bad(head + "    {\"speedUp\": \"pool\", \"atLeast\": 2}\n  ]\n}");
        assertThat(noOver.field()).isEqualTo("checks[0].over");
        assertThat(noOver.line()).isEqualTo(6);
        assertThat(bad(head + "    {\"efficiency\": \"pool\", \"atMost\": 1}, {\"efficiency\": \"pool\"}\n  ]\n}")
                .field()).isEqualTo("checks[1].atLeast");
        assertThat(bad(head + "    {\"efficiency\": \"pool\", \"speedUp\": \"pool\", \"atLeast\": 1}\n  ]\n}")
                .reason()).contains("either");
        assertThat(bad(head + "    {\"speedUp\": \"fast\", \"over\": \"pool\", \"atLeast\": 1}\n  ]\n}").field())
                .isEqualTo("checks[0].speedUp");
        assertThat(bad(head + "    {\"efficiency\": \"pool\", \"atLeast\": -1}\n  ]\n}").field())
                .isEqualTo("checks[0].atLeast");
        assertThat(bad(head + "    {\"efficiency\": \"virtual\", \"atLeast\": 1}\n  ]\n}").reason())
                .contains("virtual is not among the models");
        assertThat(bad(head + "    {\"efficiency\": \"pool\", \"atLeast\": 1, \"cores\": 2}\n  ]\n}").reason())
                .contains("unknown field 'cores'");
        assertThat(bad(OK_HEAD + "  \"workload\": {\"kind\": \"sleep\"},\n  \"referenceThreads\": {\"pool\": 4}\n}")
                .reason()).contains("only for a model with a time in referenceSeconds");
    }

    @Test
    void anEditedSetupMarksTheDescriptionAndDropsChecksAndPublishedTimes() {
        ExperimentFile preset = Presets.load("gil-vs-free-threads").experiment();
        ExperimentConfig same = preset.config().withModelKinds(List.of(ModelKind.POOL, ModelKind.GIL, ModelKind.SEQUENTIAL));
        assertThat(preset.descriptionFor(same)).as("another order is the same setup").isEqualTo(preset.description());
        assertThat(preset.withEditedConfig(same).checks()).isEqualTo(preset.checks());

        ExperimentConfig two = preset.config().withSettings(preset.config().settings().withWorkers(2));
        assertThat(preset.descriptionFor(two)).isEqualTo("(edited: workers 4 → 2) " + preset.description());
        assertThat(preset.descriptionFor(null)).isEqualTo("(edited) " + preset.description());
        ExperimentFile saved = preset.withEditedConfig(two);
        assertThat(saved.description()).isEqualTo("(edited) " + preset.description());
        assertThat(saved.checks()).as("written for 4 workers").isEmpty();
        assertThat(saved.withEditedConfig(two.withModelKinds(List.of(ModelKind.POOL))).description())
                .as("marked once").isEqualTo(saved.description());
        assertThat(saved.descriptionFor(preset.config())).isEqualTo(saved.description());

        ExperimentFile io = Presets.load("classic-io").experiment();
        ExperimentFile fewer = io.withEditedConfig(io.config().withModelKinds(List.of(ModelKind.SEQUENTIAL,
                ModelKind.ARTICLE_ASYNCIO)));
        assertThat(fewer.referenceThreads()).containsEntry(ModelEntry.of(ModelKind.ARTICLE_ASYNCIO), 12);
        assertThat(io.withEditedConfig(io.config().withWorkload(io.config().workload().withTasks(400)))
                .referenceThreads()).isEmpty();
    }

    @Test
    void aModelInItsOwnInterpreterIsWrittenAsSchema3AndReadBackWithItsPublishedTime() throws IOException {
        ExperimentFile twice = new ExperimentFile("JIT", null, new ExperimentConfig(
                WorkloadConfig.defaults(WorkloadKind.CPU_REGEX), List.of(ModelEntry.parse("cpython-sequential"),
                ModelEntry.parse("cpython-sequential@pypy3")), ModelSettings.defaults()),
                Map.of(ModelEntry.parse("cpython-sequential"), 12.88));
        Path f = dir.resolve("jit.json");
        ExperimentFiles.write(f, twice);
        assertThat(Files.readString(f)).contains("\"schemaVersion\" : 3")
                .contains("[ \"cpython-sequential\", \"cpython-sequential@pypy3\" ]");
        ExperimentFile back = ExperimentFiles.read(f);
        assertThat(back).isEqualTo(twice);
        assertThat(back.referenceMs(ModelEntry.parse("cpython-sequential"))).isEqualTo(12880.0);
        assertThat(back.referenceMs(ModelEntry.parse("cpython-sequential@pypy3"))).as("not PyPy's time").isNull();

        ExperimentFileException jvm = bad("{\"schemaVersion\": 3, \"workload\": {\"kind\": \"sleep\"},"
                + " \"models\": [\"pool@pypy3\"]}");
        assertThat(jvm.field()).isEqualTo("models[0]");
        assertThat(jvm.reason()).contains("only the cpython-* models run in an interpreter");
    }

    @Test
    void schemaVersionIsRequiredAndNewerIsRefused() {
        ExperimentFileException newer = bad("{\"schemaVersion\": 4, \"workload\": {\"kind\": \"sleep\"}, \"models\": [\"pool\"]}");
        assertThat(newer.field()).isEqualTo("schemaVersion");
        assertThat(newer.reason()).contains("newer Concurrency Lab");
        assertThat(newer.line()).isEqualTo(1);
        assertThat(bad("{\"workload\": {\"kind\": \"sleep\"}, \"models\": [\"pool\"]}").field()).isEqualTo("schemaVersion");
        assertThat(bad("{\"schemaVersion\": 0, \"workload\": {\"kind\": \"sleep\"}, \"models\": [\"pool\"]}").field())
                .isEqualTo("schemaVersion");
    }

    @Test
    void malformedTruncatedAndEmptyFilesSayWhere() {
        ExperimentFileException truncated = bad(OK_HEAD + "  \"workload\": {\"kind\": \"sle");
        assertThat(truncated.line()).isEqualTo(4);
        assertThat(truncated.reason()).containsIgnoringCase("end");
        ExperimentFileException malformed = bad(OK_HEAD + "  \"workload\": {\"kind\" \"sleep\"}\n}");
        assertThat(malformed.line()).isEqualTo(4);
        assertThat(malformed.column()).isPositive();
        assertThat(bad("").reason()).contains("empty");
        assertThat(bad("  \n ").reason()).contains("empty");
        assertThat(bad("null").reason()).contains("null");
        assertThat(bad("{\"schemaVersion\": 1, \"schemaVersion\": 1}").reason()).containsIgnoringCase("duplicate");
        assertThat(bad("{\"schemaVersion\": 1, \"workload\": {\"kind\": \"sleep\"}, \"models\": [\"pool\"]} {}")
                .reason()).containsIgnoringCase("trailing");
        assertThat(bad("{\"name\": " + "[".repeat(10_000)).field()).isEqualTo("name");
    }

    @Test
    void hugeMissingAndFolderPathsAreRefusedUnread() throws IOException {
        Path huge = dir.resolve("huge.json");
        byte[] big = new byte[ExperimentFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        Files.write(huge, big);
        assertThatThrownBy(() -> ExperimentFiles.read(huge)).isInstanceOf(ExperimentFileException.class)
                .hasMessageContaining("too big");
        assertThatThrownBy(() -> ExperimentFiles.read(dir.resolve("nope.json")))
                .isInstanceOf(ExperimentFileException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> ExperimentFiles.read(dir)).isInstanceOf(ExperimentFileException.class)
                .hasMessageContaining("folder");
    }

    @Test
    void invalidUtf8IsAnExperimentFileError() {
        byte[] bytes = "{\"schemaVersion\": 1, \"name\": \"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 4] = (byte) 0xC3;
        bytes[bytes.length - 3] = (byte) 0x28;
        assertThatThrownBy(() -> ExperimentFiles.parse(bytes, "x")).isInstanceOf(ExperimentFileException.class);
    }

    @Test
    void failedSaveLeavesTheOldFile() throws IOException {
        Path f = dir.resolve("lesson.json");
        ExperimentFiles.write(f, sample());
        String before = Files.readString(f);
        assertThatThrownBy(() -> OutputFile.write(f, out -> {
            out.write("{\"schemaVersion\": 1, \"work".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(f)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }
}
