package dev.concurrencylab.render;

/**
 * Every colour of the two themes that is not a state's, in one table: the window's stylesheet gets each as a
 * looked-up colour ({@link #cssName()}, e.g. {@code -lab-side}) and the painters read the same values through
 * {@link Palette}, so the window, its canvases and the PNG cannot drift apart. Values are RGB, or ARGB where the
 * colour is see-through.
 */
public enum ThemeColour {
    /** Behind everything: the window and a timeline's plot. */
    BACKGROUND(0xFFFFFF, 0x1B1D21),
    /** The side bar, the toolbar, the legend and the status bar. */
    SIDE(0xF4F5F7, 0x23262B),
    /** A timeline panel and the summary. */
    PANEL(0xFFFFFF, 0x1B1D21),
    /** Inside text fields. */
    FIELD(0xFFFFFF, 0x2C2F35),
    /** The controls' base shade, from which the toolkit derives buttons and their states. */
    CONTROL(0xECECEC, 0x3A3D42),
    BORDER(0xC8CCD2, 0x4A4F57),
    TEXT(0x111111, 0xECECEC),
    HEADING(0x000000, 0xFFFFFF),
    /** Secondary text: units, captions, notes. */
    MUTED(0x4A4F57, 0xB4B9C0),
    /** Focus, the Run button, a selected toggle. */
    ACCENT(0x0062A0, 0x3B9EDE),
    /** Text on {@link #ACCENT}. */
    ON_ACCENT(0xFFFFFF, 0x000000),
    ERROR(0xB00020, 0xFF6B6B),
    /** The summary's bar track. */
    TRACK(0xE4E6EA, 0x33363C),
    /** Idle time in a lane; lanes alternate between this and {@link #LANE_ALT}. */
    LANE(0xF3F3F3, 0x24272C),
    LANE_ALT(0xFAFAFA, 0x2A2D33),
    GRID(0xD0D0D0, 0x474B52),
    /** The outline of a failed task's segments, and its cross. */
    FAILED(0x000000, 0xFFFFFF),
    /** The outline of the highlighted task. */
    HIGHLIGHT(0xF0E442, 0xF0E442),
    /** The background of the highlighted task's lane in the task view. */
    HIGHLIGHT_LANE(0xFFF8C4, 0x4A4630),
    /** A warning finding's badge (Okabe–Ito yellow: no state uses it), and the number on it. */
    FINDING_WARNING(0xF0E442, 0xF0E442),
    FINDING_WARNING_INK(0x000000, 0x000000),
    /** The timeline's hover tooltip. */
    TOOLTIP(0x262626, 0x3A3D42),
    TOOLTIP_TEXT(0xFFFFFF, 0xFFFFFF),
    /** A span being selected to zoom to (Okabe–Ito sky blue, see-through), and its outline. */
    SELECTION(0x4056B4E9, 0x5556B4E9),
    SELECTION_EDGE(0x0072B2, 0x56B4E9);

    private final int light;
    private final int dark;

    ThemeColour(int light, int dark) {
        this.light = light;
        this.dark = dark;
    }

    /** ARGB in the given theme (opaque unless the table gives an alpha). */
    public int argb(boolean darkTheme) {
        int v = darkTheme ? dark : light;
        return (v >>> 24) == 0 ? 0xFF000000 | v : v;
    }

    /** The looked-up colour's name in the stylesheet, e.g. {@code -lab-highlight-lane}. */
    public String cssName() {
        return "-lab-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
