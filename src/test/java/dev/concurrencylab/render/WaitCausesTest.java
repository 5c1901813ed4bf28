package dev.concurrencylab.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the legend and the tooltips call the states and the waits. */
class WaitCausesTest {
    private static final WorkloadConfig MIXED = WorkloadConfig.defaults(WorkloadKind.MIXED);
    private static final WorkloadConfig HTTP = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(200);

    @Test
    void readySaysWhatTheTaskWaitedForUnderEachModel() {
        assertThat(causes(ModelKind.VIRTUAL, MIXED).describe(State.READY, 812_000_000))
                .isEqualTo("ready 812 ms: waiting for a carrier thread");
        assertThat(causes(ModelKind.EVENTLOOP, MIXED).ready()).isEqualTo("waiting for the event loop");
        assertThat(causes(ModelKind.POOL, MIXED).ready()).isEqualTo("waiting for a core");
        assertThat(causes(ModelKind.PROCESS, MIXED).ready()).isEqualTo("waiting for a core");
    }

    @Test
    void aConnectionWaitNamesThePoolItQueuedFor() {
        ModelSettings fifty = ModelSettings.defaults().withWorkers(50);
        assertThat(WaitCauses.of(ModelKind.POOL, HTTP, fifty.withMaxConnections(5)).conn())
                .isEqualTo("waiting for a pooled connection (pool of 5)");
        assertThat(WaitCauses.of(ModelKind.POOL, HTTP, fifty).conn()).endsWith("(pool of 50)");
        assertThat(WaitCauses.of(ModelKind.VIRTUAL, HTTP, fifty).conn()).endsWith("(pool of 200)");
    }

    @Test
    void aRealSitesWaitSaysItsEndIsUnknown() {
        WorkloadConfig sites = HTTP.withUrls(List.of("https://example.org/"));
        assertThat(causes(ModelKind.POOL, sites).io()).contains("unknown");
        assertThat(causes(ModelKind.EVENTLOOP, sites).io()).doesNotContain("unknown");
        assertThat(causes(ModelKind.POOL, HTTP).io()).isEqualTo("waiting for the latency server's answer");
    }

    @Test
    void aSegmentOfNoTaskIsDescribedWithoutACause() {
        SegmentHit idle = new SegmentHit(0, "eventloop", -1, State.IO_WAIT, 0, 2_000_000, false, null, List.of(), false);
        assertThat(idle.describe(causes(ModelKind.EVENTLOOP, MIXED))).startsWith("no task · I/O wait 2.00 ms\n");
        SegmentHit task = new SegmentHit(0, "pending I/O", 7, State.READY, 0, 2_000_000, false, null, List.of(), false);
        assertThat(task.describe(causes(ModelKind.EVENTLOOP, MIXED)))
                .startsWith("task 7 · ready 2.00 ms: waiting for the event loop\n").endsWith("pending I/O");
    }

    @Test
    void everyStateHasItsOwnLabelAndMeaning() {
        Set<String> labels = new HashSet<>();
        for (State s : State.values()) {
            assertThat(labels.add(StateText.label(s))).as(s.name()).isTrue();
            assertThat(StateText.meaning(s)).isNotBlank();
        }
    }

    /**
     * No two legend swatches look alike: each differs from every other in whether it is hatched, or in its
     * overall colour (a swatch is a third stripe) by a clear margin. The strip's "more running than cores" once
     * looked like CONN_WAIT (44 apart); orange I/O and vermillion GIL waits, the closest Okabe-Ito pair here, 57.
     */
    @Test
    void noTwoLegendSwatchesLookAlike() {
        for (Palette p : List.of(Palette.LIGHT, Palette.DARK)) {
            List<int[]> swatches = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (State s : State.values()) {
                swatches.add(new int[] {p.colour(s), p.hatched(s) ? p.hatchColour(s) : p.colour(s)});
                names.add(s.name());
            }
            swatches.add(new int[] {p.timeSliced(), p.timeSlicedStripe()});
            names.add("more running than cores");
            for (int a = 0; a < swatches.size(); a++) {
                for (int b = a + 1; b < swatches.size(); b++) {
                    int[] x = swatches.get(a);
                    int[] y = swatches.get(b);
                    boolean sameHatch = (x[0] != x[1]) == (y[0] != y[1]);
                    double apart = distance(mean(x), mean(y));
                    assertThat(!sameHatch || apart > 50).as("%s: %s vs %s (%.0f apart)", p, names.get(a),
                            names.get(b), apart).isTrue();
                }
            }
        }
    }

    /** A swatch's colour seen from afar: two thirds fill, one third stripe. */
    private static int mean(int[] swatch) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (2 * ((swatch[0] >> shift) & 0xFF) + ((swatch[1] >> shift) & 0xFF)) / 3;
            out |= c << shift;
        }
        return out;
    }

    private static double distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static WaitCauses causes(ModelKind model, WorkloadConfig w) {
        return WaitCauses.of(model, w, ModelSettings.defaults());
    }
}
