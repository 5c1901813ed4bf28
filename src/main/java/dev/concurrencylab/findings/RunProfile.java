package dev.concurrencylab.findings;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * What the detectors share about one run, from one pass over its segments: time per state (per thread lane and
 * in all), and a profile over {@link #BINS} equal slices of the run of how many thread lanes were RUNNING, busy
 * (in any state) and READY. A slice's value is the average over it, so a million segments cost one pass and
 * a few arrays, however they are spread.
 */
final class RunProfile {
    static final int BINS = 4096;
    private static final int STATES = State.values().length;

    final RunOutput run;
    final RunResult result;
    /** The comparison's settings, or null where unknown. */
    final ModelSettings settings;
    final TraceSnapshot trace;
    /** Thread and process lanes, in trace order. */
    final List<LaneSnapshot> threads;
    /** Per thread lane (as in {@link #threads}) and state: nanoseconds. */
    final long[][] laneState;
    /** Per state: nanoseconds on thread lanes. */
    final long[] state = new long[STATES];
    /** Per state: nanoseconds on every lane, detached ones too. */
    final long[] allState = new long[STATES];
    /** First and last instant any thread lane shows a segment (0 and 0 for none). */
    final long activeStart;
    final long activeEnd;
    final long binNanos;
    final int bins;
    final double[] running;
    final double[] busy;
    final double[] ready;

    RunProfile(RunOutput run, ModelSettings settings) {
        this.run = run;
        this.settings = settings;
        this.result = run.result();
        this.trace = run.trace();
        this.threads = trace.threadLanes();
        long end = Math.max(1, trace.endNanos());
        binNanos = Math.max(1, (end + BINS - 1) / BINS);
        bins = (int) Math.max(1, (end + binNanos - 1) / binNanos);
        double[][] acc = new double[3][bins + 1];
        double[][] runs = new double[3][bins + 2];
        laneState = new long[threads.size()][STATES];
        long first = Long.MAX_VALUE;
        long last = 0;
        int thread = 0;
        for (LaneSnapshot lane : trace.lanes()) {
            Segments s = lane.segments();
            boolean threadLike = lane.isThreadLike();
            long[] mine = threadLike ? laneState[thread++] : null;
            for (int i = 0, n = s.size(); i < n; i++) {
                long a = s.start(i);
                long b = s.end(i);
                if (b <= a) {
                    continue;
                }
                int st = s.state(i).ordinal();
                allState[st] += b - a;
                if (!threadLike) {
                    continue;
                }
                mine[st] += b - a;
                first = Math.min(first, a);
                last = Math.max(last, b);
                add(acc[1], runs[1], a, b);
                if (st == State.RUNNING.ordinal()) {
                    add(acc[0], runs[0], a, b);
                } else if (st == State.READY.ordinal()) {
                    add(acc[2], runs[2], a, b);
                }
            }
        }
        for (long[] lane : laneState) {
            for (int st = 0; st < STATES; st++) {
                state[st] += lane[st];
            }
        }
        activeStart = first == Long.MAX_VALUE ? 0 : first;
        activeEnd = Math.max(activeStart, last);
        running = settle(acc[0], runs[0]);
        busy = settle(acc[1], runs[1]);
        ready = settle(acc[2], runs[2]);
    }

    /** Adds the span's share of each slice it covers; whole slices go to {@code runs} and are summed once. */
    private void add(double[] acc, double[] runs, long a, long b) {
        double x0 = a / (double) binNanos;
        double x1 = b / (double) binNanos;
        int c0 = Math.min(bins - 1, (int) x0);
        int c1 = Math.min(bins - 1, Math.max(c0, (int) Math.ceil(x1) - 1));
        if (c0 == c1) {
            acc[c0] += x1 - x0;
        } else {
            acc[c0] += c0 + 1 - x0;
            acc[c1] += x1 - c1;
            runs[c0 + 1] += 1;
            runs[c1] -= 1;
        }
    }

    private double[] settle(double[] acc, double[] runs) {
        double r = 0;
        double[] out = new double[bins];
        for (int c = 0; c < bins; c++) {
            r += runs[c];
            out[c] = acc[c] + r;
        }
        return out;
    }

    /** Time the thread lanes spent in any state. */
    long threadTime() {
        long sum = 0;
        for (long v : state) {
            sum += v;
        }
        return sum;
    }

    /** The span from the first to the last thread-lane segment, at least a nanosecond. */
    long activeSpan() {
        return Math.max(1, activeEnd - activeStart);
    }

    long nanos(State s) {
        return state[s.ordinal()];
    }

    /** Ids of the thread lanes that spent any time in {@code s}. */
    List<Integer> lanesIn(State s) {
        List<Integer> ids = new ArrayList<>();
        for (int l = 0; l < threads.size(); l++) {
            if (laneState[l][s.ordinal()] > 0) {
                ids.add(threads.get(l).id());
            }
        }
        return ids;
    }

    /** How many thread lanes spent any time in {@code s}. */
    int laneCount(State s) {
        int n = 0;
        for (long[] lane : laneState) {
            if (lane[s.ordinal()] > 0) {
                n++;
            }
        }
        return n;
    }

    /** The start of slice {@code c}. */
    long binStart(int c) {
        return c * binNanos;
    }

    /** Time in the slices where {@code profile} is above {@code level}. */
    long nanosAbove(double[] profile, double level) {
        long sum = 0;
        for (int c = 0; c < bins; c++) {
            if (profile[c] > level) {
                sum += binNanos;
            }
        }
        return sum;
    }

    /** Where the run's segments have the given state, first start to last end on any lane; null where none. */
    long[] spanOf(State s) {
        long first = Long.MAX_VALUE;
        long last = -1;
        for (LaneSnapshot lane : trace.lanes()) {
            Segments seg = lane.segments();
            for (int i = 0, n = seg.size(); i < n; i++) {
                if (seg.state(i) == s && seg.end(i) > seg.start(i)) {
                    first = Math.min(first, seg.start(i));
                    last = Math.max(last, seg.end(i));
                }
            }
        }
        return last < 0 ? null : new long[] {first, last};
    }

    /** What the run's lanes stand for: "process" for worker processes, otherwise "thread". */
    String laneNoun() {
        return !threads.isEmpty() && threads.getFirst().kind() == LaneKind.PROCESS ? "process" : "thread";
    }

    /** True for an event loop's trace: one thread lane runs every task, their waits sit on a detached lane. */
    boolean eventLoop() {
        return threads.size() == 1 && trace.lanes().size() > 1;
    }
}
