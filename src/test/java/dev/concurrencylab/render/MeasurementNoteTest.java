package dev.concurrencylab.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementNoteTest {

    @Test
    void anUndisturbedRunHasNoNote() {
        assertThat(MeasurementNote.of(result(1000, 1000, 1000, 50.0))).isEmpty();
        assertThat(MeasurementNote.of(result(1000, 1000, 1000, null))).as("where it cannot tell").isEmpty();
        assertThat(MeasurementNote.explain(result(1000, 1000, 1000, 50.0))).isEmpty();
    }

    @Test
    void otherThreadsAboveATenthOfACoreAreNamed() {
        assertThat(MeasurementNote.of(result(1000, 1000, 1000, 400.0)))
                .isEqualTo("other threads used 0.4 cores");
        assertThat(MeasurementNote.explain(result(1000, 1000, 1000, 400.0))).contains("window's drawing", "0.40 cores");
        assertThat(MeasurementNote.of(result(1000, 1000, 1000, 100.0))).as("exactly a tenth").isEmpty();
    }

    @Test
    void aRunThatGotLessCpuThanItAskedForSaysHowMuch() {
        assertThat(MeasurementNote.of(result(1000, 710, 1000, 50.0)))
                .isEqualTo("got 71 % of its CPU");
        assertThat(MeasurementNote.of(result(1000, 700, 1000, 300.0)))
                .isEqualTo("other threads used 0.3 cores · got 70 % of its CPU");
        assertThat(MeasurementNote.of(result(1000, 10, 40, 0.0))).as("a few RUNNING slivers are noise").isEmpty();
    }

    static RunResult result(double wallMs, double cpuMs, double askedMs, Double otherMs) {
        return new RunResult(ModelKind.POOL, WorkloadKind.CPU_HASH, 2, 0, 10, wallMs, cpuMs, 0.5, 10, wallMs, 1.0, 0,
                Map.of(), 2, 20, 1, 2, 3, 1, 2, 3, null, 2, null, null, false, null, otherMs, askedMs, null, null, null, null, null);
    }
}
