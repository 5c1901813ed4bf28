package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lesson's inequality judged on results: held, failed, or skipped where it cannot be judged here. */
class LessonCheckTest {
    private static RunResult result(ModelKind model, double wallMs, double efficiency, int cores, int errors,
                                    boolean cancelled) {
        return new RunResult(model, WorkloadKind.CPU_HASH, 2, 0, 10, wallMs, wallMs, 0.5, 1, wallMs * efficiency,
                efficiency, errors, Map.of(), 2, 10, 1, 1, 1, 1, 1, 1, null, cores, null, null, cancelled, null, null, null,
                null, null, null, null, null);
    }

    private static RunResult result(ModelKind model, double wallMs, int cores) {
        return result(model, wallMs, 0.9, cores, 0, false);
    }

    @Test
    void aSpeedUpHoldsWithinItsLimitsAndFailsOutsideThem() {
        LessonCheck pool = LessonCheck.fasterThan(ModelKind.POOL, ModelKind.SEQUENTIAL, 1.6, 2);
        List<RunResult> fast = List.of(result(ModelKind.SEQUENTIAL, 2000, 2), result(ModelKind.POOL, 1100, 2));
        LessonCheck.Outcome held = pool.evaluate(fast);
        assertThat(held.verdict()).isEqualTo(LessonCheck.Verdict.HELD);
        assertThat(held.value()).isCloseTo(1.818, org.assertj.core.data.Offset.offset(0.001));
        assertThat(held.text()).isEqualTo("held    pool ≥ 1.60× sequential (on ≥ 2 cores): 1.82×");
        List<RunResult> slow = List.of(result(ModelKind.SEQUENTIAL, 2000, 2), result(ModelKind.POOL, 1300, 2));
        assertThat(pool.evaluate(slow).verdict()).isEqualTo(LessonCheck.Verdict.FAILED);

        LessonCheck gil = new LessonCheck(ModelEntry.of(ModelKind.GIL), ModelEntry.of(ModelKind.SEQUENTIAL), null, 1.15, 1);
        assertThat(gil.describe()).isEqualTo("gil ≤ 1.15× sequential");
        assertThat(gil.evaluate(List.of(result(ModelKind.SEQUENTIAL, 2000, 2), result(ModelKind.GIL, 1800, 2)))
                .verdict()).as("1.11×").isEqualTo(LessonCheck.Verdict.HELD);
        assertThat(gil.evaluate(List.of(result(ModelKind.SEQUENTIAL, 2000, 2), result(ModelKind.GIL, 1600, 2)))
                .verdict()).as("1.25×").isEqualTo(LessonCheck.Verdict.FAILED);
    }

    @Test
    void anEfficiencyCheckReadsOneModel() {
        LessonCheck c = new LessonCheck(ModelEntry.of(ModelKind.VIRTUAL), null, 0.8, null, 1);
        assertThat(c.describe()).isEqualTo("virtual efficiency ≥ 0.80");
        assertThat(c.evaluate(List.of(result(ModelKind.VIRTUAL, 1100, 0.91, 2, 0, false))).verdict())
                .isEqualTo(LessonCheck.Verdict.HELD);
        assertThat(c.evaluate(List.of(result(ModelKind.VIRTUAL, 1500, 0.67, 2, 0, false))).verdict())
                .isEqualTo(LessonCheck.Verdict.FAILED);
    }

    @Test
    void tooFewCoresOrAMissingModelSkipsFailuresAndStopsFail() {
        LessonCheck pool = LessonCheck.fasterThan(ModelKind.POOL, ModelKind.SEQUENTIAL, 1.6, 2);
        LessonCheck.Outcome oneCore = pool.evaluate(List.of(result(ModelKind.SEQUENTIAL, 2000, 1),
                result(ModelKind.POOL, 2000, 1)));
        assertThat(oneCore.verdict()).isEqualTo(LessonCheck.Verdict.SKIPPED);
        assertThat(oneCore.text()).contains("needs 2 cores, ran on 1");
        assertThat(pool.evaluate(List.of(result(ModelKind.POOL, 900, 2))).reason()).isEqualTo("not run: sequential");
        assertThat(pool.evaluate(List.of(result(ModelKind.SEQUENTIAL, 2000, 0.9, 2, 0, false),
                result(ModelKind.POOL, 900, 0.9, 2, 3, false))).reason()).isEqualTo("pool: 3 failed tasks");
        assertThat(pool.evaluate(List.of(result(ModelKind.SEQUENTIAL, 2000, 0.9, 2, 0, true),
                result(ModelKind.POOL, 900, 2))).verdict()).isEqualTo(LessonCheck.Verdict.FAILED);
    }

    @Test
    void aCheckMustSayWhatItHoldsAModelTo() {
        assertThatThrownBy(() -> new LessonCheck(ModelEntry.of(ModelKind.POOL), ModelEntry.of(ModelKind.SEQUENTIAL), null, null, 1))
                .hasMessageContaining("atLeast");
        assertThatThrownBy(() -> new LessonCheck(ModelEntry.of(ModelKind.POOL), ModelEntry.of(ModelKind.POOL), 1.0, null, 1))
                .hasMessageContaining("itself");
        assertThatThrownBy(() -> new LessonCheck(ModelEntry.of(ModelKind.POOL), null, 2.0, 1.0, 1)).hasMessageContaining("atMost");
        assertThatThrownBy(() -> new LessonCheck(ModelEntry.of(ModelKind.POOL), null, 1.0, null, 0)).hasMessageContaining("minCores");
    }
}
