package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.store.LessonStep;
import dev.concurrencylab.store.Lessons;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson mode without a window: every bundled step loads into the form as it is, and the keys' commands move. */
class LessonModelTest {
    private final ExperimentForm form = new ExperimentForm(LabSettings.defaultExperiment(), List.of(ModelKind.values()));
    private final LabViewModel vm = new LabViewModel(new CurrentThreadTaskExecutor(), form);
    private final LessonModel lessons = new LessonModel(vm, new FindingsModel(vm, new CurrentThreadTaskExecutor()),
            step -> form.load(step.config()), () -> { });

    @Test
    void everyBundledStepLoadsIntoTheFormUnchanged() {
        for (Lessons.Bundled b : Lessons.list()) {
            lessons.start(b.lesson());
            for (int i = 0; i < b.lesson().steps().size(); i++) {
                LessonStep step = lessons.currentStep();
                ExperimentConfig wanted = step.experiment().config();
                ExperimentConfig shown = form.configProperty().get();
                assertThat(shown).as(b.id() + " step " + (i + 1) + ": " + form.errorMessageProperty().get())
                        .isNotNull();
                assertThat(new HashSet<>(shown.models())).isEqualTo(new HashSet<>(wanted.models()));
                assertThat(shown.workload()).isEqualTo(wanted.workload());
                assertThat(shown.settings()).isEqualTo(wanted.settings());
                assertThat(lessons.phaseProperty().get()).isEqualTo(LessonModel.Phase.QUESTION);
                lessons.next();
            }
            assertThat(lessons.stepProperty().get()).isEqualTo(b.lesson().steps().size() - 1);
            lessons.previous();
            assertThat(lessons.stepProperty().get()).isEqualTo(b.lesson().steps().size() - 2);
            lessons.leave();
            assertThat(lessons.activeBinding().get()).isFalse();
        }
    }
}
