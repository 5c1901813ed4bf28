package dev.concurrencylab.engine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An emulated global interpreter lock, after CPython 3.2's: a thread waiting longer than the switch
 * interval asks the holder to drop the lock; the holder drops it at its next checkpoint. When fair, a
 * dropping thread waits until another thread has taken the lock (CPython's FORCE_SWITCHING); when unfair
 * it may take it straight back, starving the others (the convoy effect).
 */
public final class GilLock {
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition freed = mutex.newCondition();
    private final Condition switched = mutex.newCondition();
    private final long intervalNanos;
    private final boolean fair;
    private boolean locked;
    private Thread lastHolder;
    private long switches;
    private int waiters;
    private volatile boolean dropRequest;

    public GilLock(double switchIntervalMs, boolean fair) {
        this.intervalNanos = Math.max(1, Math.round(switchIntervalMs * 1_000_000));
        this.fair = fair;
    }

    /** Takes the lock if it is free; never waits. */
    public boolean tryAcquire() {
        mutex.lock();
        try {
            if (locked) {
                return false;
            }
            take();
            return true;
        } finally {
            mutex.unlock();
        }
    }

    public void acquire() throws InterruptedException {
        mutex.lockInterruptibly();
        try {
            waiters++;
            try {
                // The interval runs from when this holder was first seen, not from the last wake-up: a holder
                // that lets go and re-takes the lock between tasks wakes us without a switch.
                long seen = switches;
                long deadline = System.nanoTime() + intervalNanos;
                while (locked) {
                    if (switches != seen) {
                        seen = switches;
                        deadline = System.nanoTime() + intervalNanos;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        dropRequest = true;
                        deadline = System.nanoTime() + intervalNanos;
                        left = intervalNanos;
                    }
                    freed.awaitNanos(left);
                }
            } finally {
                waiters--;
            }
            take();
        } finally {
            mutex.unlock();
        }
    }

    /**
     * A thread that takes the lock back after its own release (between two tasks, say) has not switched:
     * a waiter's timer keeps running and, when fair, its drop request stands, as if the lock had never
     * been let go (a CPython thread keeps the GIL from one task to the next). Counting such re-takes as
     * switches let one thread hold the lock for hundreds of milliseconds while the other waited.
     */
    private void take() {
        locked = true;
        Thread me = Thread.currentThread();
        if (me != lastHolder) {
            lastHolder = me;
            switches++;
            dropRequest = false;
            switched.signalAll();
        } else if (!fair) {
            dropRequest = false;
        }
    }

    public void release() {
        mutex.lock();
        try {
            locked = false;
            freed.signal();
        } finally {
            mutex.unlock();
        }
    }

    /** True when a waiting thread has asked the holder to drop the lock. */
    public boolean dropRequested() {
        return dropRequest;
    }

    /** Drops the lock on request and takes it again; when fair, only after another thread has had it. */
    public void handOver() throws InterruptedException {
        mutex.lockInterruptibly();
        try {
            long seen = switches;
            locked = false;
            freed.signal();
            while (fair && switches == seen && waiters > 0) {
                switched.await(intervalNanos, TimeUnit.NANOSECONDS);
            }
        } finally {
            mutex.unlock();
        }
        acquire();
    }

    /** How many times the lock has changed hands. */
    public long switches() {
        mutex.lock();
        try {
            return switches;
        } finally {
            mutex.unlock();
        }
    }
}
