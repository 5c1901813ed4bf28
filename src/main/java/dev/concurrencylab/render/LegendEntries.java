package dev.concurrencylab.render;

import dev.concurrencylab.engine.State;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the legend says, in the window and in pictures alike: one entry per state in people's words
 * ({@link StateText}, which tooltips use too), inferred GIL waits, the failed-task mark, the utilisation strip's
 * "more running than cores" and its core line; and how the entries wrap into rows of a given width.
 */
public final class LegendEntries {
    /** What an entry's swatch shows. */
    public enum Swatch {
        /** The state's colour, hatched where {@link Palette#hatched} says so. */
        STATE,
        /** GIL_WAIT's swatch with a dotted outline: waits read from clocks, not observed (CPython's). */
        INFERRED,
        /** A RUNNING swatch with the failed-task outline and cross. */
        FAILED,
        /** The utilisation strip's colour where more lanes run than there are cores. */
        TIME_SLICED,
        /** The dashed line at the core count in the utilisation strip. */
        CORE_LINE
    }

    /**
     * One entry.
     *
     * @param state   the state shown, for {@link Swatch#STATE} and {@link Swatch#INFERRED}; otherwise null
     * @param label   a few words, shown beside the swatch
     * @param meaning a sentence for a tooltip
     */
    public record Entry(Swatch swatch, State state, String label, String meaning) {
    }

    private static final List<Entry> ALL = build();

    private LegendEntries() {
    }

    public static List<Entry> all() {
        return ALL;
    }

    private static List<Entry> build() {
        List<Entry> out = new ArrayList<>();
        for (State s : State.values()) {
            out.add(new Entry(Swatch.STATE, s, StateText.label(s), StateText.meaning(s)));
        }
        out.add(new Entry(Swatch.INFERRED, State.GIL_WAIT, StateText.INFERRED_GIL_WAIT,
                "CPython's waits for its GIL, " + StateText.INFERRED + "."));
        out.add(new Entry(Swatch.FAILED, null, "failed task", "A task that ended with an error; hover it for why."));
        out.add(new Entry(Swatch.TIME_SLICED, null, "more running than cores",
                "Utilisation strip: more lanes running than there are cores, so the OS time-slices them."));
        out.add(new Entry(Swatch.CORE_LINE, null, "cores",
                "Utilisation strip: the line at the machine's core count."));
        return List.copyOf(out);
    }

    /**
     * The entries in rows no wider than {@code maxWidth}: each entry takes {@code width(entry)} plus {@code gap}
     * after it; a row holds at least one entry, however narrow the space.
     */
    public static List<List<Entry>> rows(List<Entry> entries, ToDoubleFunction<Entry> width, double gap,
                                         double maxWidth) {
        List<List<Entry>> rows = new ArrayList<>();
        List<Entry> row = new ArrayList<>();
        double used = 0;
        for (Entry e : entries) {
            double w = width.applyAsDouble(e);
            if (!row.isEmpty() && used + w > maxWidth) {
                rows.add(List.copyOf(row));
                row.clear();
                used = 0;
            }
            row.add(e);
            used += w + gap;
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        return rows;
    }
}
