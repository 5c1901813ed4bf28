package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A panel's header says what ran: the threads asked for, and any the pool added. */
class RunPanelModelTest {

    @Test
    void headerCountsTheThreadsOrProcessesAndTheSpareThreadAForkJoinPoolAdded() {
        assertThat(headerAfter(ModelKind.FORKJOIN, 4, 5)).startsWith("forkjoin · 4 threads + 1 spare · wall 12.0 ms · efficiency 0.90");
        assertThat(headerAfter(ModelKind.POOL, 4, 4)).startsWith("pool · 4 threads · wall 12.0 ms · efficiency 0.90");
        assertThat(headerAfter(ModelKind.SEQUENTIAL, 1, 1)).startsWith("sequential · 1 thread · ");
        assertThat(headerAfter(ModelKind.PROCESS, 2, 2)).startsWith("process · 2 processes · ");
    }

    @Test
    void aRunMeasuredWhileTheWindowTookTheCoresSaysSoBesideItsHeader() {
        RunPanelModel quiet = finished(ModelKind.POOL, 2, 2, 0.5, 11.0);
        assertThat(quiet.noteProperty().get()).isEmpty();
        RunPanelModel busy = finished(ModelKind.POOL, 2, 2, 6.0, 24.0);
        assertThat(busy.noteProperty().get()).isEqualTo("other threads used 0.5 cores");
        assertThat(busy.noteExplainedProperty().get()).contains("0.50 cores");
    }

    private static String headerAfter(ModelKind model, int workers, int lanes) {
        return finished(model, workers, lanes, null, null).headerProperty().get().text();
    }

    private static RunPanelModel finished(ModelKind model, int workers, int lanes, Double otherMs, Double askedMs) {
        RunPanelModel panel = new RunPanelModel(0, ModelEntry.of(model), ModelSettings.defaults().withWorkers(workers),
                WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(8));
        RunResult r = new RunResult(model, WorkloadKind.CPU_HASH, workers, 0, 8, 12.0, 20.0, 0.8, 600, 10.8, 0.9, 0,
                Map.of(), lanes, 8, 1, 2, 3, 1, 2, 3, null, 2, null, null, false, null, otherMs, askedMs, null, null, null, null, null);
        panel.finished(new RunOutput(r, new TraceSnapshot(12_000_000, List.of(), TaskTable.empty(8), true)));
        return panel;
    }
}
