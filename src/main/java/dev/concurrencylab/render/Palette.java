package dev.concurrencylab.render;

import dev.concurrencylab.engine.State;
import dev.concurrencylab.findings.Severity;

/**
 * The colours of one theme, as ARGB ints: the states' (Okabe–Ito, colour-blind safe, the same in both themes;
 * waiting states also carry a hatch, so they read without colour) and the theme's own from {@link ThemeColour},
 * the table the window's stylesheet is made from too.
 */
public final class Palette {
    private static final int[] STATE_RGB = {
        0x0072B2, // RUNNING
        0xE69F00, // IO_WAIT (hatched)
        0xD55E00, // GIL_WAIT (hatched)
        0x56B4E9, // CONN_WAIT (hatched)
        0xBBBBBB, // QUEUED
        0xBBBBBB, // READY (hatched: started, waiting to run again; QUEUED is never started)
        0xCC79A7, // SPAWN
        0x009E73, // IPC
    };

    /** Okabe–Ito hues for up to four models' curves in a sweep chart, each also drawn with its own marker shape. */
    private static final int[] SERIES_RGB = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7};

    public static final Palette LIGHT = new Palette("light", false, 0xFFFFFF, 0.45);
    public static final Palette DARK = new Palette("dark", true, 0x000000, 0.35);

    private final String name;
    private final boolean dark;
    private final int[] theme = new int[ThemeColour.values().length];
    private final int[] state = new int[STATE_RGB.length];
    private final int[] hatch = new int[STATE_RGB.length];

    /** Hatches are the state's colour moved {@code hatchShare} towards {@code hatchMix}. */
    private Palette(String name, boolean dark, int hatchMix, double hatchShare) {
        this.name = name;
        this.dark = dark;
        for (ThemeColour c : ThemeColour.values()) {
            theme[c.ordinal()] = c.argb(dark);
        }
        for (int i = 0; i < STATE_RGB.length; i++) {
            state[i] = opaque(STATE_RGB[i]);
            hatch[i] = opaque(mix(STATE_RGB[i], hatchMix, hatchShare));
        }
    }

    public static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    private static int opaque(int rgb) {
        return 0xFF000000 | rgb;
    }

    /** {@code a} moved towards {@code b} by {@code share} (0..1), per channel. */
    public static int mix(int a, int b, double share) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - share) + ((b >> 16) & 0xFF) * share);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - share) + ((b >> 8) & 0xFF) * share);
        int bl = (int) Math.round((a & 0xFF) * (1 - share) + (b & 0xFF) * share);
        return (r << 16) | (g << 8) | bl;
    }

    public String name() {
        return name;
    }

    public boolean dark() {
        return dark;
    }

    /** The fill of a state. */
    public int colour(State s) {
        return state[s.ordinal()];
    }

    /** The colour of the {@code index}-th model's curve in a sweep chart (0 to 3; further ones repeat). */
    public int series(int index) {
        return opaque(SERIES_RGB[Math.floorMod(index, SERIES_RGB.length)]);
    }

    /** The stripe colour drawn over a hatched state. */
    public int hatchColour(State s) {
        return hatch[s.ordinal()];
    }

    /** Waiting states are hatched, so they read without colour. */
    public boolean hatched(State s) {
        return s == State.IO_WAIT || s == State.GIL_WAIT || s == State.CONN_WAIT || s == State.READY;
    }

    /**
     * The utilisation strip above the core line, where more lanes are RUNNING than there are cores and the OS
     * time-slices them: the RUNNING colour with pale stripes (a wait's colour there read as GIL waits, and a pale
     * blue with RUNNING stripes looked like CONN_WAIT's hatched sky blue).
     */
    public int timeSliced() {
        return colour(State.RUNNING);
    }

    /** The stripe over {@link #timeSliced()}. */
    public int timeSlicedStripe() {
        return 0xFF000000 | mix(colour(State.RUNNING), background(), 0.55);
    }

    /** One of the theme's colours (ARGB), as the window's stylesheet has it too. */
    public int get(ThemeColour c) {
        return theme[c.ordinal()];
    }

    /** Behind everything: the panel. */
    public int background() {
        return get(ThemeColour.BACKGROUND);
    }

    /** Idle time in a lane; lanes alternate between two shades so neighbours stay apart. */
    public int lane(int index) {
        return get((index & 1) == 0 ? ThemeColour.LANE : ThemeColour.LANE_ALT);
    }

    public int text() {
        return get(ThemeColour.TEXT);
    }

    /** Secondary text: captions, notes. */
    public int muted() {
        return get(ThemeColour.MUTED);
    }

    public int grid() {
        return get(ThemeColour.GRID);
    }

    /** The outline of a failed task's segments, and its cross. */
    public int failed() {
        return get(ThemeColour.FAILED);
    }

    /** Text that warns, e.g. that a run was measured while something took its cores (CSS -lab-error). */
    public int warning() {
        return get(ThemeColour.ERROR);
    }

    /** The outline of the highlighted task. */
    public int highlight() {
        return get(ThemeColour.HIGHLIGHT);
    }

    /** A finding's badge: warnings in Okabe–Ito yellow (no state uses it), info in the text colour. */
    public int findingFill(Severity s) {
        return s == Severity.WARNING ? get(ThemeColour.FINDING_WARNING) : text();
    }

    /** The number on a finding's badge, and its ring. */
    public int findingInk(Severity s) {
        return s == Severity.WARNING ? get(ThemeColour.FINDING_WARNING_INK) : background();
    }

    /** The background of the highlighted task's lane in the task view. */
    public int highlightLane() {
        return get(ThemeColour.HIGHLIGHT_LANE);
    }

    @Override
    public String toString() {
        return name;
    }
}
