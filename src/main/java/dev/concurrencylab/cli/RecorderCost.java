package dev.concurrencylab.cli;

import dev.concurrencylab.engine.Lane;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceRecorder;

/** Measures what recording one segment costs on this machine: two clock reads, open and close. */
final class RecorderCost {
    private static final int SEGMENTS = 2_000_000;
    private static final int ROUNDS = 5;

    private RecorderCost() {
    }

    static double nanosPerSegment() {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < ROUNDS; r++) {
            TraceRecorder tr = new TraceRecorder(1);
            Lane lane = tr.newLane("bench", LaneKind.THREAD);
            long t0 = System.nanoTime();
            for (int i = 0; i < SEGMENTS; i++) {
                lane.open(State.RUNNING, i, tr.now());
                lane.close(tr.now());
            }
            best = Math.min(best, (System.nanoTime() - t0) / (double) SEGMENTS);
        }
        return best;
    }
}
