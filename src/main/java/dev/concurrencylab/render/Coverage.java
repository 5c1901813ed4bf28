package dev.concurrencylab.render;

import dev.concurrencylab.engine.State;
import java.util.Arrays;

/**
 * How much of each column a row's segments cover, per state: the sums behind {@link LaneRaster}'s merge rule and
 * behind {@link CoverageBins}. A span adds its share of each column it touches (a fully covered column adds 1);
 * fully covered columns cost nothing per column: a run is recorded at its two ends and summed on {@link #take}.
 * Arrays are state-major ({@code st * width + c}) so taking one state's totals is one sequential sweep.
 */
final class Coverage {
    static final int STATES = State.values().length;

    private float[] acc = new float[0];
    private float[] runs = new float[0];
    private int width;
    /** Bit {@code st} set once state {@code st} was covered since {@link #reset}. */
    int statesSeen;
    int touchedMin;
    int touchedMax;

    /** Starts a new row of {@code w} columns; the sums are already zero (each {@link #take} clears its state). */
    void reset(int w) {
        if (acc.length < w * STATES) {
            acc = new float[w * STATES];
            runs = new float[(w + 1) * STATES];
        }
        width = w;
        statesSeen = 0;
        touchedMin = Integer.MAX_VALUE;
        touchedMax = -1;
    }

    int width() {
        return width;
    }

    /**
     * Adds the part of each column the span [fx0, fx1) (in columns) covers to that column's total for the state;
     * any share above zero makes an otherwise idle column show, so sub-pixel segments stay visible.
     */
    void cover(int st, double fx0, double fx1) {
        int w = width;
        if (fx1 < 0 || fx0 >= w) {
            return;
        }
        double a = Math.max(0, fx0);
        double b = Math.min(w, fx1);
        int c0 = (int) a;
        int c1 = Math.min(w - 1, Math.max(c0, (int) Math.ceil(b) - 1));
        int ab = st * w;
        if (c0 == c1) {
            acc[ab + c0] += (float) (b - a);
        } else {
            int rb = st * (w + 1);
            acc[ab + c0] += (float) (c0 + 1 - a);
            acc[ab + c1] += (float) (b - c1);
            runs[rb + c0 + 1] += 1;
            runs[rb + c1] -= 1;
        }
        statesSeen |= 1 << st;
        touchedMin = Math.min(touchedMin, c0);
        touchedMax = Math.max(touchedMax, c1);
    }

    /** Adds {@code share} to one column's total for the state, as a precomputed summary does. */
    void add(int st, int c, float share) {
        acc[st * width + c] += share;
    }

    /**
     * Writes state {@code st}'s total of columns {@code lo..hi} into {@code out[outBase + c - lo]} and clears them,
     * so the next row starts from zero.
     */
    void take(int st, int lo, int hi, float[] out, int outBase) {
        int ab = st * width;
        int rb = st * (width + 1);
        float run = 0;
        for (int c = lo; c <= hi; c++) {
            run += runs[rb + c];
            out[outBase + c - lo] = acc[ab + c] + run;
        }
        Arrays.fill(acc, ab + lo, ab + hi + 1, 0f);
        Arrays.fill(runs, rb + lo, rb + hi + 2, 0f);
    }
}
