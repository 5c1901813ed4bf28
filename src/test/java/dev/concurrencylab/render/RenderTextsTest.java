package dev.concurrencylab.render;

import static dev.concurrencylab.render.TraceFixture.seg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.Durations;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words the window and the PNG both show, made in one place. */
class RenderTextsTest {

    @Test
    void durationsKeepThreeSignificantDigitsInTheLargestUnit() {
        assertThat(Durations.nanos(850)).isEqualTo("850 ns");
        assertThat(Durations.ms(0)).isEqualTo("0 ms");
        assertThat(Durations.nanos(12_400)).isEqualTo("12.4 µs");
        assertThat(Durations.ms(3.214)).isEqualTo("3.21 ms");
        assertThat(Durations.ms(58.34)).isEqualTo("58.3 ms");
        assertThat(Durations.ms(850)).isEqualTo("850 ms");
        assertThat(Durations.ms(2414)).isEqualTo("2.41 s");
        assertThat(Durations.ms(9.996)).as("rounding carries into the next decade").isEqualTo("10.0 ms");
        assertThat(Durations.ms(12_900)).isEqualTo("12.9 s");
    }

    @Test
    void aStoppedRunShowsWhatWasNotRunAndNoEfficiencyOrSpeedUp() {
        RunResult seq = result(ModelKind.SEQUENTIAL, 1000, false, 0, Map.of());
        RunResult pool = result(ModelKind.POOL, 300, true, 0, Map.of());
        TaskTable tasks = TaskTable.empty(4);
        finish(tasks, 0, null);
        finish(tasks, 1, TaskTable.CANCELLED);
        RunOutput stopped = new RunOutput(pool, new TraceSnapshot(300_000_000, List.of(), tasks, true));

        PanelHeader h = PanelHeader.of(stopped);
        assertThat(h.model()).isEqualTo("pool");
        assertThat(h.details()).isEqualTo("4 threads · stopped at 300 ms · 3 of 4 not run");
        assertThat(h.withNote("window used 0.4 cores").text()).endsWith(" · 3 of 4 not run · window used 0.4 cores");
        assertThat(SummaryLine.of(pool, seq, null)).contains("stopped").doesNotContain("×");
        assertThat(SummaryLine.of(seq, pool, null)).as("against a stopped baseline").contains("speed-up —");
        assertThat(SummaryLine.of(seq, seq, "published 1.50 s, 12 threads"))
                .isEqualTo("1.00 s · bound 500 ms · baseline · CPU 40 % · published 1.50 s, 12 threads");
    }

    @Test
    void failuresAreNamedByReasonMostFrequentFirst() {
        RunResult r = result(ModelKind.EVENTLOOP, 200, false, 6,
                Map.of("HTTP 500", 3, "unknown host a.invalid", 2, "connection reset", 1));
        assertThat(SummaryLine.of(r, r, null)).contains(
                "6 failed: HTTP 500 ×3, unknown host a.invalid ×2 and 1 more reasons");
        RunResult one = result(ModelKind.EVENTLOOP, 200, false, 2, Map.of("HTTP 500", 2));
        assertThat(SummaryLine.failures(one)).isEqualTo("2 failed: HTTP 500");
    }

    @Test
    void legendNamesEveryStateInWordsAndWrapsToTheWidth() {
        assertThat(LegendEntries.all()).extracting(LegendEntries.Entry::state).containsSubsequence(State.values());
        assertThat(LegendEntries.all()).extracting(LegendEntries.Entry::label).contains("connection wait", "ready");
        assertThat(LegendEntries.all()).extracting(LegendEntries.Entry::label).doesNotHaveDuplicates();
        // entries 100 wide with a gap of 10: 3 fit in 320 (3 × 110 - 10)
        int n = LegendEntries.all().size();
        List<List<LegendEntries.Entry>> rows = LegendEntries.rows(LegendEntries.all(), e -> 100, 10, 320);
        assertThat(rows).hasSize((n + 2) / 3);
        assertThat(rows.get(0)).hasSize(3);
        assertThat(LegendEntries.rows(LegendEntries.all(), e -> 100, 10, 50)).as("at least one a row").hasSize(n);
    }

    @Test
    void laneLabelsGoOnEveryRowThatHoldsTheTextAndGroupsAreNamedByRange() {
        TraceFixture f = new TraceFixture(1);
        for (int i = 0; i < 4; i++) {
            f.thread("pool-" + i, seg(State.RUNNING, 0, 0, 10));
        }
        LaneSet lanes = LaneSet.of(f.build(), LaneMode.THREADS);
        assertThat(LaneLabels.of(lanes, LaneLayout.of(4, 88, 1), 13)).extracting(LaneLabels.Label::text)
                .containsExactly("pool-0", "pool-1", "pool-2", "pool-3");
        assertThat(LaneLabels.of(lanes, LaneLayout.of(4, 24, 1), 13)).as("6 px rows").hasSize(2);
        TraceFixture many = new TraceFixture(1);
        for (int i = 0; i < 100; i++) {
            many.thread("t" + i, seg(State.RUNNING, 0, 0, 10));
        }
        LaneLayout grouped = LaneLayout.of(100, 100, 1);
        assertThat(grouped.note()).isEqualTo("100 lanes in 50 rows of 2");
        assertThat(LaneLabels.of(LaneSet.of(many.build(), LaneMode.THREADS), grouped, 10).getFirst().text())
                .isEqualTo("1–2");
    }

    private static void finish(TaskTable t, int task, String failure) {
        t.submitted()[task] = 0;
        t.started()[task] = 1;
        t.ended()[task] = 2;
        t.status()[task] = failure == null ? TaskStatus.FINISHED : TaskStatus.FAILED;
        t.failure()[task] = failure;
    }

    private static RunResult result(ModelKind model, double wallMs, boolean cancelled, int errors,
                                    Map<String, Integer> reasons) {
        return new RunResult(model, WorkloadKind.SLEEP, model == ModelKind.SEQUENTIAL ? 1 : 4, 0, 4, wallMs, 800,
                0.4, 4, 500, 500 / wallMs, errors, reasons, model == ModelKind.SEQUENTIAL ? 1 : 4, 8, 1, 2, 3, 1, 2, 3, null,
                2, null, null, cancelled, null, null, null, null, null, null, null, null);
    }
}
