package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabViewModelTest {
    private static final ExperimentConfig SMALL = ExperimentConfig.of(
            WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(6).withLatencyMs(20),
            List.of(ModelKind.SEQUENTIAL, ModelKind.EVENTLOOP), ModelSettings.defaults().withWarmup(false));

    private final ExperimentForm form = new ExperimentForm(SMALL, List.of(ModelKind.values()));
    private final LabViewModel vm = new LabViewModel(new CurrentThreadTaskExecutor(), form);

    @Test
    void runFillsOnePanelPerModelWithItsResult() {
        assertThat(vm.canRunBinding().get()).isTrue();
        vm.run();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.panels()).extracting(RunPanelModel::model)
                .containsExactly(ModelKind.SEQUENTIAL, ModelKind.EVENTLOOP);
        assertThat(vm.panels()).allSatisfy(p -> {
            assertThat(p.phaseProperty().get()).isEqualTo(RunPhase.DONE);
            assertThat(p.traceProperty().get().complete()).isTrue();
            assertThat(p.headerProperty().get().text()).contains(p.model().id(), "efficiency");
        });
        assertThat(vm.outputs()).hasSize(2);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).startsWith("Done");
        // sequential waits 6 × 20 ms one after another; the axis spans the longer run
        long seqEnd = vm.panels().get(0).traceProperty().get().endNanos();
        assertThat(vm.axisEndNanosProperty().get()).isEqualTo(seqEnd).isGreaterThan(6 * 20_000_000L);
        assertThat(vm.canReplayBinding().get()).isTrue();
    }

    @Test
    void anInvalidFormRunsNothing() {
        form.text(ExperimentForm.TASKS).set("0");
        assertThat(vm.canRunBinding().get()).isFalse();
        vm.run();
        vm.inputCommitted();
        assertThat(vm.panels()).isEmpty();
        assertThat(vm.outputs()).isEmpty();
    }

    @Test
    void aStoppedComparisonRunsAgainCleanlyAndShowsWhatWasNotRun() throws InterruptedException {
        QueuedUiExecutor ui = new QueuedUiExecutor();
        ExperimentForm f = new ExperimentForm(ExperimentConfig.of(
                WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(200).withLatencyMs(20).withJitterMs(0),
                List.of(ModelKind.SEQUENTIAL, ModelKind.EVENTLOOP), ModelSettings.defaults().withWarmup(false)),
                List.of(ModelKind.values()));
        LabViewModel m = new LabViewModel(ui, f);
        m.run();
        ui.pumpUntil(() -> m.panels().getFirst().phaseProperty().get() == RunPhase.RUNNING, 10);
        Thread.sleep(100);
        m.stop();
        ui.pumpUntil(() -> !m.runningProperty().get(), 10);

        assertThat(m.statusProperty().get()).startsWith("Stopped");
        assertThat(m.panels()).extracting(p -> p.phaseProperty().get())
                .containsExactly(RunPhase.STOPPED, RunPhase.NOT_RUN);
        RunPanelModel stopped = m.panels().getFirst();
        assertThat(stopped.resultProperty().get().errors()).as("stopped tasks are not failures").isZero();
        assertThat(stopped.headerProperty().get().text()).contains("stopped at", "not run")
                .doesNotContain("efficiency", "failed");

        // the same experiment again: a fresh comparison, nothing of the stopped one left in it
        m.run();
        assertThat(m.outputs()).isEmpty();
        ui.pumpUntil(() -> !m.runningProperty().get(), 20);
        assertThat(m.statusProperty().get()).startsWith("Done");
        assertThat(m.panels()).extracting(p -> p.phaseProperty().get()).containsOnly(RunPhase.DONE);
        assertThat(m.outputs()).hasSize(2).allSatisfy(o -> {
            assertThat(o.result().cancelled()).isFalse();
            assertThat(o.result().errors()).isZero();
            assertThat(o.trace().tasks().notRunCount()).isZero();
        });
        assertThat(m.canReplayBinding().get()).isTrue();
    }

    @Test
    void aCommitThatChangesNothingRunsNothingAndRunWithABadFieldSaysWhy() {
        vm.autoRunProperty().set(true);
        vm.inputCommitted();
        assertThat(vm.panels()).as("nothing changed since the form was filled").isEmpty();
        form.text(ExperimentForm.TASKS).set("3");
        vm.inputCommitted();
        assertThat(vm.outputs()).hasSize(2);
        List<RunPanelModel> first = List.copyOf(vm.panels());
        vm.inputCommitted(); // a slider clicked without moving, Esc on a focused slider, Tab out of a box
        assertThat(vm.panels()).as("the same panels: nothing ran").containsExactlyElementsOf(first);

        form.text(ExperimentForm.TASKS).set("0");
        vm.run();
        assertThat(vm.statusProperty().get()).startsWith("Cannot run: tasks: must be between 1 and");
    }

    @Test
    void releasingASliderReRunsOnlyWithAutoRunOn() {
        vm.autoRunProperty().set(false);
        vm.inputCommitted();
        assertThat(vm.panels()).isEmpty();
        vm.autoRunProperty().set(true);
        form.setModelSelected(ModelKind.EVENTLOOP, false);
        vm.inputCommitted();
        assertThat(vm.outputs()).extracting(o -> o.result().model()).containsExactly(ModelKind.SEQUENTIAL);
    }

    @Test
    void theInterpreterIsCheckedAsItIsNamedAndACPythonRunNamesIt() {
        vm.checkPython();
        assertThat(form.pythonProblemProperty().get()).as("python3 on PATH").isEmpty();
        form.pythonProperty().set("/no/such/python3");
        assertThat(form.pythonProblemProperty().get()).contains("/no/such/python3 does not exist");
        form.pythonProperty().set("");
        form.setModelSelected(ModelKind.EVENTLOOP, false);
        form.setModelSelected(ModelKind.CPYTHON_ASYNCIO, true);
        vm.run();
        assertThat(vm.panels().get(1).headerProperty().get().text()).contains("cpython-asyncio", "CPython 3.", "GIL on");
        assertThat(vm.statusProperty().get()).startsWith("Done").containsPattern("CPython 3\\S+ started in \\d+ ms");
    }
}
