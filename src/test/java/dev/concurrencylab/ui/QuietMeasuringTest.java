package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CPU-bound comparisons are drawn at a low rate while measured, then replayed; waiting work stays live. */
class QuietMeasuringTest {
    private static final ExperimentConfig HASH = ExperimentConfig.of(
            WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(8).withHashRounds(500),
            List.of(ModelKind.SEQUENTIAL, ModelKind.POOL), ModelSettings.defaults().withWarmup(false));
    private static final ExperimentConfig SLEEP = ExperimentConfig.of(
            WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(4).withLatencyMs(5),
            List.of(ModelKind.SEQUENTIAL), ModelSettings.defaults().withWarmup(false));

    private final List<String> replays = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();

    private LabViewModel vm(ExperimentConfig config, boolean quiet) {
        LabViewModel vm = new LabViewModel(new CurrentThreadTaskExecutor(), new ExperimentForm(config,
                List.of(ModelKind.values())));
        vm.quietMeasuringProperty().set(quiet);
        vm.setAfterQuietComparison(() -> replays.add("replay"));
        vm.statusProperty().addListener((o, was, now) -> statuses.add(now));
        return vm;
    }

    @Test
    void aCpuBoundComparisonIsMeasuredQuietlyThenReplayed() {
        LabViewModel vm = vm(HASH, true);
        vm.run();
        assertThat(statuses.getFirst()).contains("measuring quietly");
        assertThat(vm.measuringQuietlyProperty().get()).as("only while it runs").isFalse();
        assertThat(vm.outputs()).hasSize(2);
        assertThat(replays).containsExactly("replay");
    }

    @Test
    void waitingWorkAndTheSettingOffStayLive() {
        vm(SLEEP, true).run();
        vm(HASH, false).run();
        assertThat(statuses).noneMatch(s -> s.contains("quietly"));
        assertThat(replays).isEmpty();
    }

    @Test
    void aStoppedComparisonIsNotReplayed() {
        LabViewModel vm = vm(HASH, true);
        vm.runningProperty().addListener((o, was, now) -> {
            if (now) {
                vm.stop();
            }
        });
        vm.run();
        assertThat(replays).isEmpty();
    }

    @Test
    void mixedWorkComputesSoItIsQuietHttpWaitsSoItIsNot() {
        assertThat(QuietMeasuring.applies(true, WorkloadKind.MIXED)).isTrue();
        assertThat(QuietMeasuring.applies(true, WorkloadKind.HTTP)).isFalse();
    }
}
