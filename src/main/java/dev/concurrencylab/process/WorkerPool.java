package dev.concurrencylab.process;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** N slots, each holding a live worker or none; workers are started by the run that needs them. */
final class WorkerPool {
    private static final long STOP_WAIT_MS = 2000;
    private final WorkerCommand command;
    private final AtomicReferenceArray<WorkerProcess> slots;
    private final AtomicInteger started = new AtomicInteger();

    WorkerPool(WorkerCommand command, int size) {
        this.command = command;
        this.slots = new AtomicReferenceArray<>(size);
    }

    WorkerCommand command() {
        return command;
    }

    int size() {
        return slots.length();
    }

    /** A name for the next worker started: worker-1, worker-2, … (a replacement gets a new number). */
    String nextName() {
        return "worker-" + started.incrementAndGet();
    }

    /** The slot's worker if it is still alive, else null. */
    WorkerProcess live(int slot) {
        WorkerProcess w = slots.get(slot);
        return w != null && w.isAlive() ? w : null;
    }

    void set(int slot, WorkerProcess w) {
        slots.set(slot, w);
    }

    void killAll() {
        for (int i = 0; i < slots.length(); i++) {
            WorkerProcess w = slots.get(i);
            if (w != null) {
                w.kill();
            }
        }
    }

    /** Ends every worker: closes their stdin so they exit, and kills any still there after a grace period. */
    void close() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MS);
        for (int i = 0; i < slots.length(); i++) {
            WorkerProcess w = slots.get(i);
            if (w != null) {
                w.stop();
            }
        }
        for (int i = 0; i < slots.length(); i++) {
            WorkerProcess w = slots.getAndSet(i, null);
            if (w != null) {
                w.awaitExit(deadline);
            }
        }
    }
}
