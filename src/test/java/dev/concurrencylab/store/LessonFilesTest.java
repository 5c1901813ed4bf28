package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.findings.Amounts;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.findings.FindingKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson files: the bundled ones read, bad ones are refused with line, column and field, takeaways fill in. */
class LessonFilesTest {
    @TempDir
    Path dir;

    /** A two-step lesson; {@code %s} stands for the second step's takeaway. */
    private static final String LESSON = """
            {
              "schemaVersion": 1,
              "title": "Two steps",
              "steps": [
                {
                  "title": "Sleeps",
                  "experiment": {
                    "workload": { "kind": "sleep", "tasks": 6, "latencyMs": 20 },
                    "models": ["sequential", "pool"],
                    "settings": { "workers": 2, "warmup": false }
                  },
                  "question": "Predict: will 2 threads finish sooner than 1?",
                  "takeaway": "%s"
                },
                { "preset": "classic-io", "question": "Q", "takeaway": "{pool.wall}" }
              ]
            }
            """;

    private static Lesson parse(String takeaway) throws ExperimentFileException {
        return LessonFiles.parse(LESSON.formatted(takeaway), "lesson.json");
    }

    private static ExperimentFileException refused(String json) {
        try {
            LessonFiles.parse(json, "lesson.json");
        } catch (ExperimentFileException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void theBundledLessonsReadAndTheArticlesFollowsItsOrder() {
        List<Lessons.Bundled> all = Lessons.list();
        assertThat(all).extracting(Lessons.Bundled::id)
                .containsExactly("how-to-scale-python-services", "dont-block-the-event-loop");
        Lesson article = all.getFirst().lesson();
        assertThat(article.title()).isEqualTo("How to scale Python services");
        assertThat(article.steps()).extracting(LessonStep::title).containsExactly(
                "I/O-bound: one request after another", "A thread pool", "asyncio: the article's, and a true event loop",
                "CPU-bound: one thread", "Threads under the GIL", "Processes", "The JIT remark",
                "Blocking the event loop", "How many workers?");
        assertThat(article.steps().get(2).experiment().config().kinds())
                .containsExactly(ModelKind.POOL, ModelKind.ARTICLE_ASYNCIO, ModelKind.EVENTLOOP);
        assertThat(article.steps().get(6).experiment().config().settings().workerJvmFlags()).isEqualTo("-Xint");
        assertThat(article.steps().get(7).preset()).isEqualTo("blocking-event-loop");
    }

    @Test
    void aStepNamesAPresetOrBringsItsOwnExperiment() throws Exception {
        Lesson l = parse("{pool.wall} against {sequential.wall}");
        assertThat(l.steps()).hasSize(2);
        assertThat(l.steps().get(0).experiment().config().workload().tasks()).isEqualTo(6);
        assertThat(l.steps().get(1).experiment()).isEqualTo(Presets.load("classic-io").experiment());
        Path f = dir.resolve("two.json");
        Files.writeString(f, LESSON.formatted("{cores}"));
        assertThat(LessonFiles.isLesson(f)).isTrue();
        assertThat(LessonFiles.read(f).title()).isEqualTo("Two steps");
        ExperimentFiles.write(dir.resolve("e.json"), Presets.load("classic-io").experiment());
        assertThat(LessonFiles.isLesson(dir.resolve("e.json"))).isFalse();
    }

    @Test
    void badLessonsAreRefusedWithLineColumnAndField() {
        ExperimentFileException typo = refused(LESSON.formatted("x").replace("\"question\": \"Predict",
                "\"questoin\": \"Predict"));
        assertThat(typo.field()).isEqualTo("steps[0].questoin");
        assertThat(typo.line()).isEqualTo(12);
        assertThat(typo.reason()).contains("unknown field").contains("question");

        ExperimentFileException type = refused(LESSON.formatted("x").replace("\"title\": \"Sleeps\"", "\"title\": 7"));
        assertThat(type.field()).isEqualTo("steps[0].title");
        assertThat(type.line()).isEqualTo(6);

        ExperimentFileException model = refused(LESSON.formatted("{pol.wall}"));
        assertThat(model.field()).isEqualTo("steps[0].takeaway");
        assertThat(model.line()).isEqualTo(13);
        assertThat(model.column()).isPositive();
        assertThat(model.reason()).contains("{pol.wall}").contains("sequential, pool");

        assertThat(refused(LESSON.formatted("{pool.wal}")).reason()).contains("unknown field 'wal'")
                .contains("speedUp");
        assertThat(refused(LESSON.formatted("{pool.gil-contention.waitPct}")).reason())
                .contains("waitPercent");
        assertThat(refused(LESSON.formatted("{pool.gil-contention.waitPercent} and { stray")).reason())
                .contains("brace");

        ExperimentFileException preset = refused(LESSON.formatted("x").replace("classic-io", "classic-xyz"));
        assertThat(preset.field()).isEqualTo("steps[1].preset");
        assertThat(preset.line()).isEqualTo(15);
        assertThat(preset.reason()).contains("classic-xyz").contains("classic-io");

        ExperimentFileException inline = refused(LESSON.formatted("x").replace("\"tasks\": 6", "\"tasks\": 0"));
        assertThat(inline.field()).isEqualTo("steps[0].experiment.workload.tasks");
        assertThat(inline.line()).isEqualTo(8);
        assertThat(inline.reason()).contains("between 1 and");

        ExperimentFileException both = refused(LESSON.formatted("x").replace("{ \"preset\": \"classic-io\",",
                "{ \"preset\": \"classic-io\", \"experiment\": {\"workload\": {\"kind\": \"sleep\"}},"));
        assertThat(both.field()).isEqualTo("steps[1]");
        assertThat(both.reason()).contains("one of them");

        assertThat(refused(LESSON.formatted("x").replace("\"schemaVersion\": 1", "\"schemaVersion\": 3"))
                .reason()).contains("newer");
        assertThat(refused("{\"schemaVersion\": 1, \"title\": \"t\", \"steps\": []}").field()).isEqualTo("steps");
        assertThat(refused("").reason()).contains("empty");
        assertThat(refused(LESSON.formatted("x") + " {}").reason()).contains("trailing");
    }

    @Test
    void aTakeawayQuotesTheRunsNumbersAndFindings() throws Exception {
        Lesson l = parse("one thread {sequential.wall}, two {pool.wall} ({pool.speedUp}) on {cores} cores."
                + " {sequential.queueing} Median {sequential.queueing.medianWaitMs}. {pool.gil-contention}");
        LessonStep step = l.steps().getFirst();
        List<RunOutput> runs = Comparison.execute(step.experiment().config(), new CancelToken(), RunListener.NONE);
        ComparisonFindings findings = ComparisonFindings.of(step.experiment().config().settings(), runs);
        String text = LessonPlaceholders.fill(step.takeaway(), runs, findings);
        double seq = runs.get(0).result().wallMs();
        double pool = runs.get(1).result().wallMs();
        var queueing = findings.find(0, FindingKind.QUEUEING).orElseThrow();
        assertThat(text).isEqualTo("one thread " + Amounts.duration(seq) + ", two " + Amounts.duration(pool) + " ("
                + String.format(java.util.Locale.ROOT, "%.2f×", seq / pool) + ") on "
                + Runtime.getRuntime().availableProcessors() + " cores. " + queueing.message() + " Median "
                + Amounts.duration(queueing.value("medianWaitMs")) + ". (no gil-contention finding in this run)");
    }

    @Test
    void aModelInItsOwnInterpreterIsQuotedByItsWholeEntryDotsIncluded() {
        List<ModelEntry> models = List.of(ModelEntry.parse("cpython-sequential"),
                ModelEntry.parse("cpython-sequential@python3.11"));
        LessonPlaceholders.check("{cpython-sequential@python3.11.wall} against {cpython-sequential.wall}", models);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> LessonPlaceholders.check(
                "{cpython-sequential@python3.12.wall}", models))).hasMessageContaining("'cpython-sequential@python3'"
                + " is not one of this step's models (cpython-sequential, cpython-sequential@python3.11)");

        List<RunOutput> runs = Recordings.synthetic(2, 40, 7).runs();
        RunOutput cpython = inPython(runs.get(0), null);
        RunOutput other = inPython(runs.get(1), "python3.11");
        String text = LessonPlaceholders.fill("{cpython-sequential@python3.11.workers} and "
                + "{cpython-sequential.workers}", List.of(cpython, other), ComparisonFindings.NONE);
        assertThat(text).isEqualTo(other.result().workers() + " and " + cpython.result().workers());
    }

    /** The run as cpython-sequential's, in the comparison's interpreter or in {@code interpreter}. */
    private static RunOutput inPython(RunOutput o, String interpreter) {
        RunResult r = o.result();
        return new RunOutput(new RunResult(ModelKind.CPYTHON_SEQUENTIAL, r.workload(), r.workers(), r.maxInFlight(),
                r.tasks(), r.wallMs(), r.cpuMs(), r.cpuUtilization(), r.throughput(), r.boundMs(), r.efficiency(),
                r.errors(), r.errorReasons(), r.lanes(), r.segments(), r.serviceP50Ms(), r.serviceP95Ms(),
                r.serviceP99Ms(), r.responseP50Ms(), r.responseP95Ms(), r.responseP99Ms(), r.matches(), r.cores(),
                r.spawnMs(), r.ipcMs(), r.cancelled(), r.readyMs(), r.uiCpuMs(), r.cpuAskedMs(), "CPython 3.11.2",
                true, interpreter, r.warmupSplit(), null), o.trace());
    }
}
