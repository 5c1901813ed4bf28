package dev.concurrencylab.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** Makes named platform threads that each own a lane and record their CPU time when they end. */
final class LaneThreadFactory implements ThreadFactory {
    private final TraceRecorder trace;
    private final String prefix;
    private final ThreadLocal<Lane> current = new ThreadLocal<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    LaneThreadFactory(TraceRecorder trace, String prefix) {
        this.trace = trace;
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable body) {
        String name = prefix + "-" + (threads.size() + 1);
        // the lane is made here, not when the thread starts, so lanes keep the threads' numbering (pool-1 above
        // pool-2) whichever starts first; starting the thread publishes it to its one writer
        Lane lane = trace.newLane(name, LaneKind.THREAD);
        Thread t = Thread.ofPlatform().name(name).daemon(true).unstarted(() -> {
            current.set(lane);
            long cpu0 = CpuClock.currentThread();
            try {
                body.run();
            } finally {
                lane.setCpuNanos(CpuClock.currentThread() - cpu0);
            }
        });
        threads.add(t);
        return t;
    }

    /** The lane of the calling thread, which must be one of this factory's. */
    Lane lane() {
        return current.get();
    }

    /** Waits for every thread made here to end; true when they all did in time. */
    boolean joinAll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread t : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !t.join(java.time.Duration.ofNanos(left))) {
                return false;
            }
        }
        return true;
    }
}
