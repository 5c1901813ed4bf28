package dev.concurrencylab.engine;

/**
 * One I/O wait of a task, drawn on its lane in the parts that were measured: CONN_WAIT while the thread waited
 * for a pooled connection, IO_WAIT until the wait's cause ended, READY from then until the thread ran again, and
 * IO_WAIT again for whatever it still read after that (a body). Where an end was not measured, the wait stays
 * IO_WAIT. Times are on the trace's clock; only the lane's writer calls it.
 *
 * <p>A CONN_WAIT or READY shorter than {@link #MIN_PART_NANOS} is not drawn and its time stays with the IO_WAIT
 * beside it: every wake-up is a little late (Linux lets a sleeping thread's timer fire up to 50 µs late, and the
 * woken thread needs more before it runs: 123 of a pool's 200 sleeps woke 0.1-0.4 ms late on a 2-core machine
 * at load average 3.6), and a sliver on every wait would bury the waits that matter. Totals are sums of what is
 * drawn, so a run's READY total leaves out less than this per wait.
 */
public final class LaneWait {
    /** The shortest CONN_WAIT or READY drawn: a quarter of a millisecond. */
    public static final long MIN_PART_NANOS = 250_000;
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final Lane lane;
    private final int task;
    private final long start;
    /** Where the part now open on the lane began. */
    private long openStart;
    private long wanted = UNKNOWN;
    private long causeEnd = UNKNOWN;
    private long resumed = UNKNOWN;

    /** Opens the wait on {@code lane} at {@code start} as IO_WAIT, so a live view draws it growing. */
    public LaneWait(Lane lane, int task, long start) {
        this.lane = lane;
        this.task = task;
        this.start = start;
        this.openStart = start;
        lane.open(State.IO_WAIT, task, start);
    }

    /** From {@code t} the thread waits for a pooled connection; drawn as CONN_WAIT while it does. */
    public void connectionWanted(long t) {
        wanted = Math.max(t, openStart);
        if (wanted - openStart >= MIN_PART_NANOS) {
            lane.close(wanted); // what came before (a rate cap's pause) was a wait of its own
            openStart = wanted;
        }
        lane.open(State.CONN_WAIT, task, openStart);
    }

    /** The thread got its connection at {@code t}: a long enough CONN_WAIT is drawn, then IO_WAIT. */
    public void connectionLeased(long t) {
        long leased = Math.max(t, openStart);
        if (wanted != UNKNOWN && leased - wanted >= MIN_PART_NANOS) {
            lane.close(leased);
            openStart = leased;
        }
        lane.open(State.IO_WAIT, task, openStart);
    }

    /** The wait's cause ended at {@code t}. */
    public void causeEnded(long t) {
        causeEnd = t;
    }

    /** The thread ran again at {@code t}, after the cause ended. */
    public void resumed(long t) {
        resumed = t;
    }

    /** Ends the wait at {@code end} and records its parts. */
    public void end(long end) {
        end = Math.max(end, openStart);
        if (causeEnd == UNKNOWN) {
            lane.close(end);
            return;
        }
        long c = Math.clamp(causeEnd, openStart, end);
        long r = resumed == UNKNOWN ? end : Math.clamp(resumed, c, end);
        if (r - c < MIN_PART_NANOS) {
            lane.close(end);
            return;
        }
        lane.close(c);
        if (end - r < MIN_PART_NANOS) {
            lane.segment(State.READY, task, c, end); // a small body read on waking stays with its READY
        } else {
            lane.segment(State.READY, task, c, r);
            lane.segment(State.IO_WAIT, task, r, end);
        }
    }

    /** These marks as a session gives them, in {@link System#nanoTime()}, for a trace whose origin is {@code origin}. */
    public WaitMarks marks(long origin) {
        return new WaitMarks() {
            @Override
            public long began() {
                return start + origin;
            }

            @Override
            public void connectionWanted(long at) {
                LaneWait.this.connectionWanted(at - origin);
            }

            @Override
            public void connectionLeased(long at) {
                LaneWait.this.connectionLeased(at - origin);
            }

            @Override
            public void causeEnded(long at) {
                LaneWait.this.causeEnded(at - origin);
            }

            @Override
            public void resumed(long at) {
                LaneWait.this.resumed(at - origin);
            }
        };
    }

    /**
     * A wait whose ends are all known when it is drawn, on a lane where waits overlap (an event loop's pending
     * I/O): IO_WAIT from {@code start} until its cause ended, READY from then until the task ran again at
     * {@code end}, by the same rule.
     */
    public static void record(Lane lane, int task, long start, long causeEnd, long end) {
        end = Math.max(end, start);
        long c = Math.clamp(causeEnd, start, end);
        if (end - c >= MIN_PART_NANOS) {
            lane.segment(State.IO_WAIT, task, start, c);
            lane.segment(State.READY, task, c, end);
        } else {
            lane.segment(State.IO_WAIT, task, start, end);
        }
    }
}
