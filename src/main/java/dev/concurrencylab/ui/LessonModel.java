package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.Lesson;
import dev.concurrencylab.store.LessonPlaceholders;
import dev.concurrencylab.store.LessonStep;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Lesson mode: the lesson open, the step shown (its experiment loaded into the form), and the step's takeaway once
 * a run of its experiment has ended and its findings are in. A step's takeaway is kept, so going back shows it again.
 */
final class LessonModel {
    /** Where a step is: its question asked, its run under way, or its takeaway given. */
    enum Phase { QUESTION, RUNNING, TAKEAWAY }

    private final LabViewModel vm;
    private final FindingsModel findings;
    /** Opens a step's experiment as the window's document: its name, description and form. */
    private final Consumer<ExperimentFile> open;
    /** Brings the comparison to the front (a lesson's steps are comparisons, whichever view was shown). */
    private final Runnable showComparison;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.QUESTION);
    private final ReadOnlyStringWrapper takeaway = new ReadOnlyStringWrapper("");
    private final BooleanBinding active = lesson.isNotNull();
    private String[] takeaways = new String[0];
    /** The step's experiment as the form holds it (the form leaves out models this build lacks, and keeps four). */
    private ExperimentConfig stepConfig;
    /** The step whose experiment is running, or -1. */
    private int running = -1;

    LessonModel(LabViewModel vm, FindingsModel findings, Consumer<ExperimentFile> open, Runnable showComparison) {
        this.vm = vm;
        this.findings = findings;
        this.open = open;
        this.showComparison = showComparison;
        vm.runningProperty().addListener((o, was, now) -> runningChanged(now));
        findings.findingsProperty().addListener(o -> takeawayIfReady());
    }

    /** The lesson open, or null outside lesson mode. */
    ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    BooleanBinding activeBinding() {
        return active;
    }

    /** The step shown, from 0; -1 outside lesson mode. */
    ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The step's takeaway with the run's numbers filled in; empty until its run has ended. */
    ReadOnlyStringProperty takeawayProperty() {
        return takeaway.getReadOnlyProperty();
    }

    /** The step shown, or null outside lesson mode. */
    LessonStep currentStep() {
        Lesson l = lesson.get();
        return l == null || step.get() < 0 || step.get() >= l.steps().size() ? null : l.steps().get(step.get());
    }

    // ---- commands

    /** Opens a lesson at its first step. */
    void start(Lesson l) {
        vm.stop();
        takeaways = new String[l.steps().size()];
        lesson.set(Objects.requireNonNull(l));
        show(0);
    }

    void next() {
        if (lesson.get() != null && step.get() < lesson.get().steps().size() - 1) {
            show(step.get() + 1);
        }
    }

    void previous() {
        if (lesson.get() != null && step.get() > 0) {
            show(step.get() - 1);
        }
    }

    /** Runs the step's experiment (loaded again, should the form have been changed meanwhile). */
    void run() {
        LessonStep s = currentStep();
        if (s == null) {
            return;
        }
        if (!Objects.equals(stepConfig, vm.form().configProperty().get())) {
            load(s);
        }
        showComparison.run();
        vm.run();
    }

    /** Leaves lesson mode; a run under way is stopped, the last step's experiment stays in the form. */
    void leave() {
        vm.stop();
        running = -1;
        lesson.set(null);
        step.set(-1);
        takeaway.set("");
        phase.set(Phase.QUESTION);
    }

    private void show(int i) {
        vm.stop();
        running = -1;
        step.set(i);
        load(currentStep());
        showComparison.run();
        takeaway.set(takeaways[i] == null ? "" : takeaways[i]);
        phase.set(takeaways[i] == null ? Phase.QUESTION : Phase.TAKEAWAY);
    }

    private void load(LessonStep s) {
        ExperimentFile e = s.experiment();
        // a step written inline has no name of its own: the window's title then names the step
        open.accept(e.name() != null ? e : e.withName(s.title()));
        stepConfig = vm.form().configProperty().get();
    }

    /** Any run of the step's experiment counts, whether started here, by the Run button or by Ctrl+R. */
    private void runningChanged(boolean now) {
        LessonStep s = currentStep();
        if (s == null) {
            return;
        }
        if (now && Objects.equals(stepConfig, vm.shownConfigProperty().get())) {
            running = step.get();
            phase.set(Phase.RUNNING);
        } else if (!now && running == step.get()) {
            takeawayIfReady();
        }
    }

    /** Gives the takeaway once every model of the step has finished and the findings are about those runs. */
    private void takeawayIfReady() {
        LessonStep s = currentStep();
        if (s == null || running != step.get() || vm.runningProperty().get()) {
            return;
        }
        ExperimentConfig config = stepConfig;
        List<RunOutput> runs = findings.runs();
        boolean complete = runs.size() == config.models().size() && runs.stream().noneMatch(r -> r.result().cancelled())
                && sameRuns(runs, vm.outputs());
        if (!complete) {
            if (vm.outputs().size() < config.models().size() || vm.outputs().stream().anyMatch(r -> r.result().cancelled())) {
                running = -1; // stopped before the end: ask again
                phase.set(Phase.QUESTION);
            }
            return;
        }
        String text = LessonPlaceholders.fill(s.takeaway(), runs, findings.findingsProperty().get());
        takeaways[step.get()] = text;
        running = -1;
        takeaway.set(text);
        phase.set(Phase.TAKEAWAY);
    }

    private static boolean sameRuns(List<RunOutput> a, List<RunOutput> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
