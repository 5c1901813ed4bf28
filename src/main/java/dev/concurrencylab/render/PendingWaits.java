package dev.concurrencylab.render;

import dev.concurrencylab.engine.ArraySegments;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.Segments;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A detached lane's waits (an event loop's pending I/O, owned by tasks but by no thread) overlap freely, so the
 * thread view cannot draw them as one lane. Packed greedily by start time into rows that never overlap, they
 * take as many rows as there were waits in flight at once: the overlap an event loop buys shows as height.
 */
final class PendingWaits {
    private PendingWaits() {
    }

    /** How many rows {@link #pack} makes: the most waits in flight at once. */
    static int depth(LaneSnapshot detached) {
        Segments s = detached.segments();
        int n = s.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = s.start(i);
            ends[i] = s.end(i);
        }
        java.util.Arrays.sort(starts);
        java.util.Arrays.sort(ends);
        int open = 0;
        int most = 0;
        for (int i = 0, j = 0; i < n; i++) {
            while (j < n && ends[j] <= starts[i]) {
                j++;
                open--;
            }
            most = Math.max(most, ++open);
        }
        return most;
    }

    /** The rows of one detached lane, each in time order and without overlaps; none for an empty lane. */
    static List<Segments> pack(LaneSnapshot detached) {
        Segments s = detached.segments();
        int n = s.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // waits are recorded as they end, not as they begin
        java.util.Arrays.sort(order, (a, b) -> Long.compare(s.start(a), s.start(b)));
        List<ArraySegments.Builder> rows = new ArrayList<>();
        // rows by the end of their last wait, earliest first: the first row free by a wait's start takes it
        PriorityQueue<long[]> free = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        for (int i : order) {
            int row;
            if (!free.isEmpty() && free.peek()[0] <= s.start(i)) {
                row = (int) free.poll()[1];
            } else {
                row = rows.size();
                rows.add(ArraySegments.builder(4));
            }
            rows.get(row).add(s.state(i), s.task(i), s.start(i), s.end(i));
            free.add(new long[] {s.end(i), row});
        }
        List<Segments> out = new ArrayList<>(rows.size());
        for (ArraySegments.Builder b : rows) {
            out.add(b.build());
        }
        return out;
    }
}
