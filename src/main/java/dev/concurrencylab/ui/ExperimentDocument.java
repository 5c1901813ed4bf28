package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.render.PublishedTimes;
import dev.concurrencylab.store.ChromeTrace;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.ExperimentFileException;
import dev.concurrencylab.store.ExperimentFiles;
import dev.concurrencylab.store.Lesson;
import dev.concurrencylab.store.LessonFiles;
import dev.concurrencylab.store.MetricsCsv;
import dev.concurrencylab.store.Preset;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import dev.concurrencylab.sweep.SweepSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The experiment open in the window as a document: its file, name, description and published times, whether
 * the form differs from what was last opened or saved, and the File menu's commands (new, open, save, presets,
 * recordings, exports). Files are chosen through {@link FileDialogs}; questions and alerts go through
 * {@link UserPrompts}, so all of it runs in a test without a window.
 */
public final class ExperimentDocument {
    public static final int MAX_RECENT = 5;
    static final String APP = "Concurrency Lab";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final LabViewModel vm;
    private final ExperimentForm form;
    private final FileDialogs dialogs;
    private final UserPrompts prompts;
    private final FileTasks files;
    private final ReadOnlyObjectWrapper<ExperimentFile> experiment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    /** The form's config when the experiment was last opened or saved. */
    private final SimpleObjectProperty<ExperimentConfig> saved = new SimpleObjectProperty<>();
    /** The sweep's counts and repeats to keep with the experiment (null: none), and as last opened or saved. */
    private final SimpleObjectProperty<SweepSpec> sweepSpec = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<SweepSpec> savedSweep = new SimpleObjectProperty<>();
    private SweepModel sweep;
    private final BooleanBinding dirty;
    private final StringBinding title;
    private final StringBinding description;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);

    public ExperimentDocument(LabViewModel vm, FileDialogs dialogs, UserPrompts prompts, List<Path> recentFiles) {
        this.vm = vm;
        this.form = vm.form();
        this.dialogs = dialogs;
        this.prompts = prompts;
        this.files = new FileTasks(vm.executor(), prompts);
        recentFiles.stream().distinct().limit(MAX_RECENT).forEach(recent::add);
        experiment.set(ExperimentFile.of(LabSettings.defaultExperiment()));
        saved.set(form.configProperty().get());
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(form.configProperty().get(), saved.get())
                || !Objects.equals(sweepSpec.get(), savedSweep.get()), form.configProperty(), saved, sweepSpec,
                savedSweep);
        title = Bindings.createStringBinding(() -> (dirty.get() ? "*" : "") + displayName() + " — " + APP,
                dirty, file, experiment);
        description = Bindings.createStringBinding(() -> experiment.get().descriptionFor(form.configProperty().get()),
                experiment, form.configProperty());
    }

    /** The sweep view's model: its counts and repeats are saved with the experiment and opened with it. */
    void attachSweep(SweepModel s) {
        sweep = s;
        sweep.load(experiment.get().sweep());
        sweepSpec.bind(sweep.specToSaveBinding());
        savedSweep.set(sweepSpec.get());
    }

    FileDialogs dialogs() {
        return dialogs;
    }

    // ---- properties

    /** Name, description and published times of the experiment open; its config is the last one opened or saved. */
    public ReadOnlyObjectProperty<ExperimentFile> experimentProperty() {
        return experiment.getReadOnlyProperty();
    }

    /**
     * The published times that apply to the results on screen (none once the setup was changed), with the threads
     * each was measured with.
     */
    public ObjectBinding<PublishedTimes> publishedTimesBinding() {
        return Bindings.createObjectBinding(() -> PublishedTimes.of(experiment.get(), vm.shownConfigProperty().get()),
                experiment, vm.shownConfigProperty());
    }

    /**
     * The experiment's description as it applies to the form: marked "(edited: workers 4 → 2) …" once the form
     * no longer holds the setup it was written for; null without a description.
     */
    public StringBinding descriptionBinding() {
        return description;
    }

    /** The experiment file open, or null for a new experiment, a preset or a recording. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The form differs from what was last opened or saved. */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    /** For the window: file or experiment name, with a {@code *} while there are unsaved changes. */
    public StringBinding titleBinding() {
        return title;
    }

    /** Experiment files and recordings opened or saved lately, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    // ---- commands

    public void newExperiment() {
        if (confirmDiscard()) {
            show(ExperimentFile.of(LabSettings.defaultExperiment()), null);
        }
    }

    public void open() {
        openChosen(LabFileType.EXPERIMENT);
    }

    public void openRecording() {
        openChosen(LabFileType.RECORDING);
    }

    /** Opens a recent file: an experiment, or a recording by its extension. */
    public void openRecent(Path path) {
        if (confirmDiscard()) {
            readAny(path);
        }
    }

    /** Shows a lesson step's experiment: no question asked, the lesson's start asked about unsaved changes. */
    void showLessonStep(ExperimentFile step) {
        show(step, null);
    }

    public void openPreset(Preset preset) {
        if (confirmDiscard()) {
            show(preset.experiment(), null);
        }
    }

    /** Saves to the open file, or asks where when there is none; false when nothing was saved. */
    public boolean save() {
        return file.get() == null ? saveAs() : write(file.get());
    }

    public boolean saveAs() {
        Path chosen = dialogs.save(LabFileType.EXPERIMENT, baseName() + LabFileType.EXPERIMENT.extension());
        return chosen != null && write(LabFileType.EXPERIMENT.withExtension(chosen));
    }

    /** Keeps the comparison on screen, traces and all, with its experiment. */
    public void saveRecording() {
        ExperimentConfig shown = vm.shownConfigProperty().get();
        if (!vm.canReplayBinding().get() || shown == null) {
            return;
        }
        Path chosen = dialogs.save(LabFileType.RECORDING, baseName() + LabFileType.RECORDING.extension());
        if (chosen != null) {
            Path target = LabFileType.RECORDING.withExtension(chosen);
            RecordedRun run = RecordedRun.now(experiment.get().withEditedConfig(shown), List.copyOf(vm.outputs()));
            files.write("Could not save the recording", () -> RecordedRuns.write(target, run), () -> remember(target));
        }
    }

    public void exportCsv() {
        List<RunOutput> runs = List.copyOf(vm.outputs());
        ExperimentConfig shown = vm.shownConfigProperty().get();
        PublishedTimes published = PublishedTimes.of(experiment.get(), shown);
        // findings are worked out from the copied runs in the background, with the file
        exportRuns(LabFileType.CSV, "Could not export the CSV", target -> MetricsCsv.write(target, runs,
                published.seconds(), published.threads(), ComparisonFindings.of(shown == null ? null : shown.settings(), runs)));
    }

    public void exportChromeTrace() {
        List<RunOutput> runs = List.copyOf(vm.outputs());
        exportRuns(LabFileType.CHROME_TRACE, "Could not export the trace", target -> ChromeTrace.write(target, runs));
    }

    /** Where file work goes: off the UI thread, failures reported as errors. */
    FileTasks files() {
        return files;
    }

    /**
     * Asks for a lesson file and reads it (after asking about unsaved changes, as its steps replace the form's
     * experiment); null when cancelled or unreadable, the reason then shown.
     */
    public Lesson chooseLesson() {
        if (!confirmDiscard()) {
            return null;
        }
        Path chosen = dialogs.open(LabFileType.LESSON);
        if (chosen == null) {
            return null;
        }
        try {
            return LessonFiles.read(chosen);
        } catch (ExperimentFileException e) {
            prompts.showError("Cannot open " + chosen.getFileName(), e.getMessage());
            return null;
        }
    }

    /** Says that a lesson could not be opened, e.g. one named on the command line. */
    public void lessonFailed(String source, String reason) {
        prompts.showError("Cannot open the lesson " + source, reason);
    }

    /** Before the experiment would be replaced or the window closed: true to go on, false to stay. */
    public boolean confirmDiscard() {
        if (!dirty.get()) {
            return true;
        }
        return switch (prompts.askToSave(displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    // ---- the work

    private void openChosen(LabFileType type) {
        if (confirmDiscard()) {
            Path chosen = dialogs.open(type);
            if (chosen != null) {
                readAny(chosen);
            }
        }
    }

    private void readAny(Path path) {
        if (path.getFileName().toString().endsWith(LabFileType.RECORDING.extension())) {
            readRecording(path);
        } else {
            read(path);
        }
    }

    private void read(Path path) {
        files.read("Cannot open " + path.getFileName(), () -> ExperimentFiles.read(path), opened -> {
            show(opened, path);
            remember(path);
        });
    }

    private void readRecording(Path path) {
        files.read("Cannot open " + path.getFileName(), () -> RecordedRuns.read(path), run -> {
            show(run.experiment(), null);
            vm.showRecorded(run.experiment().config(), run.runs(), "Recording of " + WHEN.format(run.recordedAt())
                    + (run.machine().isEmpty() ? "" : " on " + run.machine()) + " (" + path.getFileName() + ")");
            if (sweep != null) {
                sweep.showRecorded(run);
            }
            remember(path);
        });
    }

    /**
     * Fills the form; what the form then holds is the saved state, so an untouched experiment is not dirty. The
     * timelines on screen belong to the experiment before, so they go.
     */
    private void show(ExperimentFile opened, Path from) {
        form.load(opened.config());
        if (sweep != null) {
            sweep.load(opened.sweep());
        }
        experiment.set(opened);
        file.set(from);
        saved.set(form.configProperty().get());
        savedSweep.set(sweepSpec.get());
        vm.clear("Opened " + displayName() + ": Run (Ctrl+R) to compare");
    }

    private boolean write(Path target) {
        ExperimentConfig config = form.configProperty().get();
        if (config == null) {
            prompts.showError("Cannot save yet", form.errorMessageProperty().get());
            return false;
        }
        ExperimentFile next = experiment.get().withEditedConfig(config)
                .withSweep(sweep != null ? sweepSpec.get() : experiment.get().sweep());
        // on the UI thread, unlike every other file: a few hundred bytes, and closing the window waits for the answer
        try {
            ExperimentFiles.write(target, next);
        } catch (IOException | RuntimeException e) {
            files.report("Could not save " + target.getFileName(), e);
            return false;
        }
        experiment.set(next);
        file.set(target);
        saved.set(config);
        savedSweep.set(sweepSpec.get());
        remember(target);
        return true;
    }

    private void exportRuns(LabFileType type, String failure, FileWrite write) {
        if (!vm.canReplayBinding().get()) {
            return;
        }
        Path chosen = dialogs.save(type, baseName() + (type == LabFileType.CHROME_TRACE ? "-trace" : "")
                + type.extension());
        if (chosen != null) {
            Path target = type.withExtension(chosen);
            files.write(failure, () -> write.to(target), () -> { });
        }
    }

    private void remember(Path path) {
        Path p = path.toAbsolutePath().normalize();
        recent.remove(p);
        recent.addFirst(p);
        if (recent.size() > MAX_RECENT) {
            recent.remove(MAX_RECENT, recent.size());
        }
    }

    private String displayName() {
        if (file.get() != null) {
            return file.get().getFileName().toString();
        }
        String name = experiment.get().name();
        return name != null ? name : "Untitled";
    }

    /** A file name from the open file or the experiment's name, e.g. {@code classic-io}. */
    private String baseName() {
        String name = displayName();
        if (file.get() != null && name.endsWith(LabFileType.EXPERIMENT.extension())) {
            name = name.substring(0, name.length() - LabFileType.EXPERIMENT.extension().length());
        }
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "experiment" : slug;
    }

    @FunctionalInterface
    private interface FileWrite {
        void to(Path target) throws IOException;
    }
}
