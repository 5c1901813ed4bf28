package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.render.SweepMarker;
import dev.concurrencylab.sweep.SweepSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep view's model without a toolkit: Run through the window's commands, fields, opening a point. */
class SweepModelTest {
    private static final ExperimentConfig SMALL = ExperimentConfig.of(
            WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(4).withLatencyMs(10).withJitterMs(0),
            List.of(ModelKind.SEQUENTIAL, ModelKind.POOL), ModelSettings.defaults().withWarmup(false));

    private final ExperimentForm form = new ExperimentForm(SMALL, List.of(ModelKind.values()));
    private final LabViewModel vm = new LabViewModel(new CurrentThreadTaskExecutor(), form);
    private final SweepModel sweep = new SweepModel(vm);

    @Test
    void whileTheSweepIsShownRunRunsASweepAndAComparisonOtherwise() {
        sweep.workersTextProperty().set("1,2");
        sweep.repeatsTextProperty().set("2");
        sweep.shownProperty().set(true);
        vm.run();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.outputs()).as("no comparison ran").isEmpty();
        assertThat(sweep.resultProperty().get().points()).hasSize(2 + 2 * 2);
        assertThat(sweep.progressTextProperty().get()).startsWith("6 runs in");
        assertThat(vm.statusProperty().get()).startsWith("Sweep: 6 runs");
        assertThat(sweep.usedProperty().get()).isTrue();
        assertThat(sweep.specToSaveBinding().get()).isEqualTo(SweepSpec.parse("1,2", 2));

        sweep.shownProperty().set(false);
        vm.run();
        assertThat(vm.outputs()).hasSize(2);

        // auto-run: an edit committed on the Sweep tab sweeps again
        sweep.shownProperty().set(true);
        sweep.workersTextProperty().set("3");
        vm.inputCommitted();
        assertThat(sweep.resultProperty().get().points()).extracting(p -> p.workers())
                .containsExactlyInAnyOrder(1, 3, 1, 3);
    }

    @Test
    void anInvalidListDisablesRunOnlyWhileTheSweepIsShown() {
        sweep.workersTextProperty().set("0..4");
        assertThat(sweep.errorFieldProperty().get()).isEqualTo("workers");
        assertThat(vm.canRunBinding().get()).as("the comparison does not use the list").isTrue();
        sweep.shownProperty().set(true);
        assertThat(vm.canRunBinding().get()).isFalse();
        sweep.workersTextProperty().set("1..4");
        sweep.repeatsTextProperty().set("x");
        assertThat(sweep.errorMessageProperty().get()).startsWith("repeat:");
        assertThat(vm.canRunBinding().get()).isFalse();
        sweep.repeatsTextProperty().set("1");
        assertThat(vm.canRunBinding().get()).isTrue();
        assertThat(sweep.specToSaveBinding().get()).as("unused: nothing to save").isNull();
    }

    @Test
    void openingAPointShowsItsMedianRunInTheComparison() {
        sweep.workersTextProperty().set("2");
        sweep.repeatsTextProperty().set("3");
        sweep.shownProperty().set(true);
        vm.run();
        assertThat(sweep.open(new SweepMarker(ModelEntry.of(ModelKind.POOL), 2, 0, 0))).isTrue();
        assertThat(sweep.shownProperty().get()).as("the comparison is shown").isFalse();
        assertThat(vm.outputs()).singleElement().satisfies(o -> {
            assertThat(o.result().model()).isEqualTo(ModelKind.POOL);
            assertThat(o.result().workers()).isEqualTo(2);
        });
        assertThat(vm.shownConfigProperty().get().settings().workers()).isEqualTo(2);
        assertThat(vm.statusProperty().get()).contains("Sweep point: pool, 2 workers", "the median of 3");
        assertThat(sweep.open(new SweepMarker(ModelEntry.of(ModelKind.GIL), 2, 0, 0))).as("not in the sweep").isFalse();
    }

    @Test
    void loadingAnExperimentsSweepShowsItAndClearsTheOldPoints() {
        sweep.shownProperty().set(true);
        vm.run();
        sweep.shownProperty().set(false);
        sweep.load(SweepSpec.parse("1..6", 4));
        assertThat(sweep.workersTextProperty().get()).isEqualTo("1..6");
        assertThat(sweep.repeatsTextProperty().get()).isEqualTo("4");
        assertThat(sweep.resultProperty().get()).isNull();
        assertThat(sweep.shownProperty().get()).isTrue();
        sweep.load(null);
        assertThat(sweep.usedProperty().get()).isFalse();
        assertThat(sweep.specProperty().get()).isEqualTo(SweepSpec.defaults());
    }
}
