package dev.concurrencylab.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The lane labels beside a timeline, in the window and in pictures: which rows get one and what it says (the
 * lane's name, or "1–25" for a group of lanes). Every row gets a label when rows are at least as tall as the
 * text; thinner rows are labelled every k-th, so labels never overlap.
 */
public final class LaneLabels {
    /** A label and the row it names. */
    public record Label(int row, String text) {
    }

    private LaneLabels() {
    }

    /** Labels for {@code lanes} laid out by {@code layout}, for text {@code textPx} pixels high. */
    public static List<Label> of(LaneSet lanes, LaneLayout layout, double textPx) {
        List<Label> out = new ArrayList<>();
        if (lanes == null || layout.rows() == 0) {
            return out;
        }
        int every = every(layout, textPx);
        for (int row = 0; row < layout.rows(); row += every) {
            String name = layout.aggregated()
                    ? (layout.firstLane(row) + 1) + "–" + layout.endLane(row)
                    : lanes.name(layout.firstLane(row));
            out.add(new Label(row, name));
        }
        return out;
    }

    /** Label every k-th row: 1 when a row holds the text, with 2 px between labels. */
    static int every(LaneLayout layout, double textPx) {
        return (int) Math.max(1, Math.ceil((textPx + 2) / Math.max(1, layout.rowHeight())));
    }

    /** The vertical centre of a row's lane (its gap left out), from the top of the lanes. */
    public static double centre(LaneLayout layout, int row) {
        return layout.rowTop(row) + (layout.rowHeight() - layout.gap()) / 2.0;
    }
}
