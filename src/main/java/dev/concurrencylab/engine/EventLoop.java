package dev.concurrencylab.engine;

import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A single-threaded event loop: a queue of ready callbacks and a heap of timers, run by one thread that
 * parks while nothing is ready. Other threads hand it work through {@link #execute}.
 */
final class EventLoop implements LoopTimers {
    private static final long MAX_PARK_NANOS = 20_000_000; // wake to notice cancellation

    private record Timer(long deadline, long seq, Runnable action) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(deadline, o.deadline);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** Told when the loop is about to wait and when it wakes, so the wait can be drawn. */
    interface IdleListener {
        void idle(long fromNanoTime, long toNanoTime);
    }

    private final Queue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private volatile Thread thread;
    private volatile boolean stopped;
    private long seq;

    /** Queues an action to run on the loop; callable from any thread. */
    void execute(Runnable action) {
        inbox.add(action);
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            LockSupport.unpark(t);
        }
    }

    @Override
    public void schedule(long delayNanos, Runnable action) {
        timers.add(new Timer(System.nanoTime() + delayNanos, seq++, action));
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    void stop() {
        stopped = true;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Runs the loop on the calling thread until {@link #stop()}. */
    void run(IdleListener idle, CancelToken cancel) {
        thread = Thread.currentThread();
        while (!stopped) {
            cancel.poll();
            Runnable r;
            while ((r = inbox.poll()) != null) {
                r.run();
            }
            long now = System.nanoTime();
            Timer due;
            while ((due = timers.peek()) != null && due.deadline <= now) {
                timers.poll();
                due.action.run();
                now = System.nanoTime();
            }
            if (stopped || !inbox.isEmpty()) {
                continue;
            }
            Timer next = timers.peek();
            long wait = next == null ? MAX_PARK_NANOS : Math.min(MAX_PARK_NANOS, next.deadline - now);
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                idle.idle(now, System.nanoTime());
            }
        }
    }
}
