package dev.concurrencylab.engine;

import java.util.Arrays;

/**
 * The CPU time a run's threads asked for: the time its thread and process lanes spent RUNNING, counting no more
 * lanes at once than there are cores (more lanes than cores share them, which is the model's doing, not a loss).
 * A run that got clearly less CPU than this was slowed by something else: the app's window, the JIT, another
 * program.
 */
final class CpuAsked {
    private CpuAsked() {
    }

    static long nanos(TraceSnapshot trace, int cores) {
        int lanes = 0;
        long sum = 0;
        int segments = 0;
        for (LaneSnapshot l : trace.lanes()) {
            if (l.kind() == LaneKind.DETACHED) {
                continue;
            }
            lanes++;
            Segments s = l.segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == State.RUNNING) {
                    sum += s.end(i) - s.start(i);
                    segments++;
                }
            }
        }
        return lanes <= cores ? sum : capped(trace, cores, segments);
    }

    /** Sweeps the RUNNING segments' ends in time order, adding min(lanes running, cores) for each stretch. */
    private static long capped(TraceSnapshot trace, int cores, int segments) {
        // an end sorts before a start at the same instant: (time << 1) | (1 for a start)
        long[] edges = new long[2 * segments];
        int k = 0;
        for (LaneSnapshot l : trace.lanes()) {
            if (l.kind() == LaneKind.DETACHED) {
                continue;
            }
            Segments s = l.segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == State.RUNNING) {
                    edges[k++] = (s.start(i) << 1) | 1;
                    edges[k++] = s.end(i) << 1;
                }
            }
        }
        Arrays.sort(edges);
        long sum = 0;
        int running = 0;
        long last = 0;
        for (long e : edges) {
            long t = e >> 1;
            sum += (t - last) * Math.min(running, cores);
            running += (e & 1) == 1 ? 1 : -1;
            last = t;
        }
        return sum;
    }
}
