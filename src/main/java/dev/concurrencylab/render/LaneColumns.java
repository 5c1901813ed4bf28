package dev.concurrencylab.render;

import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;

/**
 * Segments of many lanes in flat arrays: lane {@code l} owns entries {@code offset[l]} to
 * {@code offset[l+1]}, in time order. Painters read these arrays directly, so the hot loop makes no interface
 * calls whatever the trace's own storage is.
 */
final class LaneColumns {
    final int[] offset;
    final long[] start;
    final long[] end;
    final int[] task;
    final byte[] state;

    LaneColumns(int[] offset, long[] start, long[] end, int[] task, byte[] state) {
        this.offset = offset;
        this.start = start;
        this.end = end;
        this.task = task;
        this.state = state;
    }

    int lanes() {
        return offset.length - 1;
    }

    /** The first entry of lane {@code lane} whose end is at or after {@code t}; a lane's entries end in order. */
    int firstEndingAtOrAfter(int lane, long t) {
        int lo = offset[lane];
        int hi = offset[lane + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Lane {@code lane} as a {@link Segments} view. */
    Segments segments(int lane) {
        int from = offset[lane];
        int size = offset[lane + 1] - from;
        return new Segments() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public long start(int i) {
                return start[from + i];
            }

            @Override
            public long end(int i) {
                return end[from + i];
            }

            @Override
            public int task(int i) {
                return task[from + i];
            }

            @Override
            public State state(int i) {
                return State.of(state[from + i]);
            }
        };
    }
}
