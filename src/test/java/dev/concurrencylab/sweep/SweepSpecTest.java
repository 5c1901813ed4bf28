package dev.concurrencylab.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worker lists as people type them, and the plan a sweep runs. */
class SweepSpecTest {
    @Test
    void listsRangesAndMixesParseToDistinctAscendingCounts() {
        assertThat(SweepSpec.parseWorkers("1,2,4,8,16")).containsExactly(1, 2, 4, 8, 16);
        assertThat(SweepSpec.parseWorkers("1..6")).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(SweepSpec.parseWorkers(" 16, 1..3 ,8,2 ")).containsExactly(1, 2, 3, 8, 16);
        assertThat(SweepSpec.parseWorkers("1..64")).hasSize(64);
    }

    @Test
    void textRoundTripsWithRunsWrittenAsRanges() {
        assertThat(SweepSpec.parse("1..8", 3).workersText()).isEqualTo("1..8");
        assertThat(SweepSpec.parse("1,2,4,8,16,32,64", 3).workersText()).isEqualTo("1,2,4,8,16,32,64");
        assertThat(SweepSpec.parse("1,2,3,5,6,10..12", 3).workersText()).isEqualTo("1..3,5,6,10..12");
        SweepSpec s = SweepSpec.parse("2..5,9", 2);
        assertThat(SweepSpec.parse(s.workersText(), 2)).isEqualTo(s);
    }

    @Test
    void badListsNameTheWorkersField() {
        for (String bad : new String[] {"", " ", "1,,2", "0", "1,0,2", "-3", "-2..4", "a", "1.5", "8..1",
            "1..65", "1..2000000000", "1..40,41..80", "99999999999"}) {
            assertThatThrownBy(() -> SweepSpec.parseWorkers(bad)).as("'%s'", bad)
                    .isInstanceOf(ConfigException.class)
                    .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo("workers"));
        }
        assertThatThrownBy(() -> SweepSpec.parseWorkers("1..100")).hasMessageContaining("at most 64 points");
        assertThatThrownBy(() -> SweepSpec.parseWorkers("0,1")).hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> SweepSpec.parseWorkers("1,".repeat(600))).hasMessageContaining("characters");
        assertThatThrownBy(() -> new SweepSpec(List.of(), 3)).hasMessageContaining("workers");
    }

    @Test
    void repeatsMustBeAtLeastOne() {
        assertThatThrownBy(() -> SweepSpec.parse("1..4", 0)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo("repeat"));
        assertThatThrownBy(() -> SweepSpec.parse("1..4", SweepSpec.MAX_REPEATS + 1))
                .hasMessageContaining("repeat");
    }

    @Test
    void thePlanMeasuresEveryPointOncePerPassAndSequentialOnce() {
        SweepPlan plan = SweepPlan.of(ModelEntry.of(List.of(ModelKind.SEQUENTIAL, ModelKind.POOL)), SweepSpec.parse("1,2,4", 2));
        assertThat(plan.steps()).containsExactly(
                new SweepPlan.Step(ModelEntry.of(ModelKind.SEQUENTIAL), 1, 1), new SweepPlan.Step(ModelEntry.of(ModelKind.POOL), 1, 1),
                new SweepPlan.Step(ModelEntry.of(ModelKind.POOL), 2, 1), new SweepPlan.Step(ModelEntry.of(ModelKind.POOL), 4, 1),
                new SweepPlan.Step(ModelEntry.of(ModelKind.SEQUENTIAL), 1, 2), new SweepPlan.Step(ModelEntry.of(ModelKind.POOL), 1, 2),
                new SweepPlan.Step(ModelEntry.of(ModelKind.POOL), 2, 2), new SweepPlan.Step(ModelEntry.of(ModelKind.POOL), 4, 2));
        assertThatThrownBy(() -> SweepPlan.of(ModelEntry.of(List.of(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.GIL,
                ModelKind.VIRTUAL, ModelKind.EVENTLOOP)), SweepSpec.defaults())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("models").hasMessageContaining("1 to 4");
    }

    @Test
    void virtualAndEventLoopSweepTheNumberInFlight() {
        ModelSettings base = ModelSettings.defaults();
        assertThat(SweepPlan.settingsFor(ModelKind.VIRTUAL, base, 16).maxInFlight()).isEqualTo(16);
        assertThat(SweepPlan.settingsFor(ModelKind.VIRTUAL, base, 16).workers()).isEqualTo(base.workers());
        assertThat(SweepPlan.settingsFor(ModelKind.EVENTLOOP, base, 3).maxInFlight()).isEqualTo(3);
        assertThat(SweepPlan.settingsFor(ModelKind.POOL, base, 7).workers()).isEqualTo(7);
        assertThat(SweepPlan.settingsFor(ModelKind.SEQUENTIAL, base, 7)).isEqualTo(base);
    }
}
