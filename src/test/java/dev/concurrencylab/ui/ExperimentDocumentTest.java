package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.render.SummaryLine;
import dev.concurrencylab.store.ExperimentFiles;
import dev.concurrencylab.store.Preset;
import dev.concurrencylab.store.Presets;
import dev.concurrencylab.store.RecordedRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's commands against real files in a temporary folder, with scripted dialogs and answers. */
class ExperimentDocumentTest {
    private static final ExperimentConfig SMALL = ExperimentConfig.of(
            WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(6).withLatencyMs(5).withJitterMs(0),
            List.of(ModelKind.SEQUENTIAL, ModelKind.EVENTLOOP), ModelSettings.defaults().withWarmup(false));

    @TempDir
    Path dir;
    private final Deque<Path> chosenFiles = new ArrayDeque<>();
    private final Deque<UserPrompts.SaveChoice> answers = new ArrayDeque<>();
    private final List<String> questions = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final FileDialogs dialogs = new FileDialogs() {
        @Override
        public Path open(LabFileType type) {
            return chosenFiles.poll();
        }

        @Override
        public Path save(LabFileType type, String suggestedName) {
            return chosenFiles.poll();
        }
    };
    private final UserPrompts prompts = new UserPrompts() {
        @Override
        public SaveChoice askToSave(String name) {
            questions.add(name);
            return answers.remove();
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }
    };
    private final ExperimentForm form = new ExperimentForm(SMALL, List.of(ModelKind.values()));
    private final LabViewModel vm = new LabViewModel(new CurrentThreadTaskExecutor(), form);
    private final ExperimentDocument doc = new ExperimentDocument(vm, dialogs, prompts, List.of());

    @Test
    void savedExperimentOpensAgainAsItWasAndTheTitleTracksChanges() throws IOException {
        assertThat(doc.dirtyBinding().get()).isFalse();
        form.text(ExperimentForm.TASKS).set("9");
        assertThat(doc.dirtyBinding().get()).isTrue();
        assertThat(doc.titleBinding().get()).startsWith("*Untitled");

        chosenFiles.add(dir.resolve("lesson")); // no extension typed: .json is added
        assertThat(doc.save()).isTrue();
        Path file = dir.resolve("lesson.json");
        assertThat(ExperimentFiles.read(file).config()).isEqualTo(form.configProperty().get());
        assertThat(doc.dirtyBinding().get()).isFalse();
        assertThat(doc.titleBinding().get()).isEqualTo("lesson.json — Concurrency Lab");

        form.text(ExperimentForm.TASKS).set("12");
        assertThat(doc.titleBinding().get()).isEqualTo("*lesson.json — Concurrency Lab");
        answers.add(UserPrompts.SaveChoice.DISCARD);
        doc.newExperiment();
        assertThat(questions).containsExactly("lesson.json");
        assertThat(form.configProperty().get()).isEqualTo(LabSettings.defaultExperiment());

        chosenFiles.add(file);
        doc.open();
        assertThat(form.text(ExperimentForm.TASKS).get()).isEqualTo("9");
        assertThat(doc.fileProperty().get()).isEqualTo(file);
        assertThat(doc.dirtyBinding().get()).isFalse();
        assertThat(doc.recentFiles()).containsExactly(file.toAbsolutePath());
        assertThat(errors).isEmpty();
    }

    @Test
    void aBadFileChangesNothingAndSaysWhereItIsWrong() throws IOException {
        form.text(ExperimentForm.TASKS).set("7");
        ExperimentConfig before = form.configProperty().get();
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\n  \"schemaVersion\": 1,\n  \"workload\": {\"kind\": \"sleep\", \"tasks\": -5},\n"
                        + "  \"models\": [\"pool\"]\n}\n");
        answers.add(UserPrompts.SaveChoice.DISCARD);
        chosenFiles.add(bad);
        doc.open();
        assertThat(errors).singleElement().asString().contains("bad.json", "tasks", "line 3");
        assertThat(form.configProperty().get()).isEqualTo(before);
        assertThat(doc.dirtyBinding().get()).as("still unsaved").isTrue();
        assertThat(doc.fileProperty().get()).isNull();
        assertThat(doc.recentFiles()).isEmpty();
    }

    @Test
    void cancelKeepsTheUnsavedExperimentAndSaveSavesItFirst() {
        form.text(ExperimentForm.TASKS).set("8");
        Preset io = Presets.load("classic-io");
        answers.add(UserPrompts.SaveChoice.CANCEL);
        doc.openPreset(io);
        assertThat(form.text(ExperimentForm.TASKS).get()).isEqualTo("8");

        answers.add(UserPrompts.SaveChoice.SAVE);
        chosenFiles.add(dir.resolve("mine.json"));
        doc.openPreset(io);
        assertThat(dir.resolve("mine.json")).exists();
        assertThat(form.workloadProperty().get()).isEqualTo(WorkloadKind.HTTP);
    }

    @Test
    void aPresetFillsTheFormWithItsNameDescriptionAndPublishedTimes() {
        Preset io = Presets.list().stream().filter(p -> p.id().equals("classic-io")).findFirst().orElseThrow();
        answers.add(UserPrompts.SaveChoice.DISCARD); // nothing to discard: never asked
        doc.openPreset(io);
        assertThat(questions).isEmpty();
        assertThat(form.workloadProperty().get()).isEqualTo(WorkloadKind.HTTP);
        assertThat(form.text(ExperimentForm.TASKS).get()).isEqualTo("200");
        assertThat(form.text(ExperimentForm.LATENCY).get()).isEqualTo("190");
        assertThat(form.selectedModels()).extracting(ModelEntry::kind).as("the preset's order").containsExactly(
                ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.ARTICLE_ASYNCIO, ModelKind.EVENTLOOP,
                ModelKind.CPYTHON_SEQUENTIAL, ModelKind.CPYTHON_THREADS, ModelKind.CPYTHON_ASYNCIO,
                ModelKind.CPYTHON_ARTICLE_ASYNCIO);
        assertThat(doc.experimentProperty().get().name()).isEqualTo("Classic I/O: fetching URLs");
        assertThat(doc.experimentProperty().get().description()).contains("200 HTTP requests");
        assertThat(doc.experimentProperty().get().referenceMs(ModelEntry.of(ModelKind.SEQUENTIAL))).isEqualTo(37_980.0);
        assertThat(doc.dirtyBinding().get()).isFalse();
        assertThat(doc.titleBinding().get()).isEqualTo("Classic I/O: fetching URLs — Concurrency Lab");
    }

    @Test
    void publishedTimesShowOnlyBesideResultsOfThePublishedSetup() {
        doc.openPreset(Presets.load("classic-io"));
        ExperimentConfig preset = doc.experimentProperty().get().config();
        assertThat(doc.publishedTimesBinding().get().seconds()).as("nothing run yet").isEmpty();
        vm.showRecorded(preset, List.of(), "as published");
        assertThat(doc.publishedTimesBinding().get().seconds()).containsEntry(ModelEntry.of(ModelKind.SEQUENTIAL),
                37.98);
        assertThat(doc.publishedTimesBinding().get().beside(ModelEntry.of(ModelKind.ARTICLE_ASYNCIO)))
                .isEqualTo("published 3.43 s, 12 threads");
        vm.showRecorded(preset.withWorkload(preset.workload().withTasks(400)), List.of(), "twice the requests");
        assertThat(doc.publishedTimesBinding().get().seconds()).as("400 requests are not the article's 200").isEmpty();
    }

    @Test
    void theFilesModelOrderRunsInTheWindowAndMovingAModelUpMakesItTheBaseline() throws IOException {
        Path file = dir.resolve("order.json");
        ExperimentFiles.write(file, ExperimentFile.of(SMALL.withModelKinds(List.of(ModelKind.EVENTLOOP,
                ModelKind.SEQUENTIAL))));
        chosenFiles.add(file);
        doc.open();
        vm.run();
        assertThat(vm.panels()).extracting(RunPanelModel::model).containsExactly(ModelKind.EVENTLOOP,
                ModelKind.SEQUENTIAL);
        assertThat(vm.outputs()).extracting(o -> o.result().model()).containsExactly(ModelKind.EVENTLOOP,
                ModelKind.SEQUENTIAL);

        form.moveModel(ModelEntry.of(ModelKind.SEQUENTIAL), -1);
        vm.run();
        assertThat(vm.outputs()).extracting(o -> o.result().model()).containsExactly(ModelKind.SEQUENTIAL,
                ModelKind.EVENTLOOP);
        var seq = vm.outputs().get(0).result();
        var loop = vm.outputs().get(1).result();
        assertThat(SummaryLine.of(seq, seq, null)).contains("baseline");
        assertThat(SummaryLine.of(loop, seq, null)).as("the speed-up against sequential")
                .contains(String.format(java.util.Locale.ROOT, "%.2f×", seq.wallMs() / loop.wallMs()));
        assertThat(doc.dirtyBinding().get()).as("the order is part of the experiment").isTrue();
        assertThat(doc.save()).isTrue();
        assertThat(ExperimentFiles.read(file).config().kinds()).containsExactly(ModelKind.SEQUENTIAL,
                ModelKind.EVENTLOOP);
    }

    @Test
    void anEditedPresetsDescriptionSaysSoInTheWindowTheFileAndTheRecording() throws IOException {
        doc.openPreset(Presets.load("gil-vs-free-threads"));
        String written = doc.experimentProperty().get().description();
        assertThat(doc.descriptionBinding().get()).isEqualTo(written);
        form.text(ExperimentForm.WORKERS).set("2");
        form.text(ExperimentForm.TASKS).set("8");
        form.text(ExperimentForm.HASH_ROUNDS).set("1000");
        assertThat(doc.descriptionBinding().get())
                .isEqualTo("(edited: tasks 400 → 8, hash rounds 100000 → 1000, workers 4 → 2) " + written);
        form.warmupProperty().set(false);
        vm.run();
        chosenFiles.add(dir.resolve("edited.labrun"));
        doc.saveRecording();
        assertThat(RecordedRuns.read(dir.resolve("edited.labrun")).experiment().description())
                .isEqualTo("(edited) " + written);
        chosenFiles.add(dir.resolve("edited.json"));
        assertThat(doc.saveAs()).isTrue();
        assertThat(ExperimentFiles.read(dir.resolve("edited.json")).description()).isEqualTo("(edited) " + written);
        assertThat(ExperimentFiles.read(dir.resolve("edited.json")).checks()).as("written for 4 workers").isEmpty();
        assertThat(doc.descriptionBinding().get()).isEqualTo("(edited) " + written);
        assertThat(errors).isEmpty();
    }

    @Test
    void openingAnExperimentWithAutoRunOnRunsNothing() {
        vm.autoRunProperty().set(true);
        // as the workload box does: its value changes while the form loads, and it commits
        form.workloadProperty().addListener(o -> vm.inputCommitted());
        doc.openPreset(Presets.load("gil-vs-free-threads"));
        assertThat(vm.panels()).isEmpty();
        form.text(ExperimentForm.TASKS).set("2");
        form.text(ExperimentForm.LATENCY).set("1");
        form.warmupProperty().set(false);
        form.workloadProperty().set(WorkloadKind.SLEEP);
        assertThat(vm.panels()).as("a user's change still runs").isNotEmpty();
    }

    @Test
    void aRecordingOpensWithItsPanelsWithoutRunningAnything() throws IOException {
        vm.run();
        List<RunOutput> ran = List.copyOf(vm.outputs());
        assertThat(ran).hasSize(2);
        Path recording = dir.resolve("lesson.labrun");
        chosenFiles.add(recording);
        doc.saveRecording();
        chosenFiles.add(dir.resolve("metrics"));
        doc.exportCsv();
        chosenFiles.add(dir.resolve("trace.json"));
        doc.exportChromeTrace();
        assertThat(errors).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("metrics.csv"))).hasSize(3);
        assertThat(Files.readString(dir.resolve("trace.json"))).contains("traceEvents");

        // a fresh window: opening reads the file in the background but may not run anything
        ExperimentForm otherForm = new ExperimentForm(LabSettings.defaultExperiment(), List.of(ModelKind.values()));
        LabViewModel other = new LabViewModel(new CurrentThreadTaskExecutor(), otherForm);
        List<Boolean> running = new ArrayList<>();
        other.runningProperty().addListener((o, was, now) -> running.add(now));
        ExperimentDocument otherDoc = new ExperimentDocument(other, dialogs, prompts, List.of());
        chosenFiles.add(recording);
        otherDoc.openRecording();

        assertThat(running).as("never running").doesNotContain(true);
        assertThat(errors).isEmpty();
        assertThat(other.panels()).hasSize(2).allSatisfy(p -> {
            assertThat(p.phaseProperty().get()).isEqualTo(RunPhase.DONE);
            assertThat(p.traceProperty().get().complete()).isTrue();
        });
        assertThat(other.outputs()).extracting(o -> o.result().wallMs())
                .containsExactlyElementsOf(ran.stream().map(o -> o.result().wallMs()).toList());
        assertThat(other.canReplayBinding().get()).isTrue();
        assertThat(other.runningProperty().get()).isFalse();
        assertThat(other.statusProperty().get()).startsWith("Recording of").contains("lesson.labrun");
        assertThat(otherForm.configProperty().get()).isEqualTo(SMALL);
        assertThat(otherDoc.dirtyBinding().get()).isFalse();
        assertThat(otherDoc.recentFiles()).containsExactly(recording.toAbsolutePath());
        assertThat(RecordedRuns.read(recording).runs()).hasSize(2);
    }
}
