package dev.concurrencylab.process;

/**
 * The pool kept warm between runs: at most one, reused by the next run with the same size and command,
 * so a run pays for starting workers (and warming their JIT) only once. A run that finds it busy gets a
 * pool of its own, closed after the run.
 */
final class WarmPools {
    private static WorkerPool warm;
    private static boolean inUse;

    private WarmPools() {
    }

    static synchronized WorkerPool acquire(WorkerCommand command, int size) {
        if (inUse) {
            return new WorkerPool(command, size);
        }
        if (warm != null && (warm.size() != size || !warm.command().equals(command))) {
            warm.close();
            warm = null;
        }
        if (warm == null) {
            warm = new WorkerPool(command, size);
        }
        inUse = true;
        return warm;
    }

    /** Returns a pool after a run: the warm one stays alive, any other is closed. */
    static void release(WorkerPool pool) {
        synchronized (WarmPools.class) {
            if (pool == warm) {
                inUse = false;
                return;
            }
        }
        pool.close();
    }

    /** Ends the warm pool's workers (they would also end at exit). */
    static synchronized void closeWarm() {
        if (warm != null && !inUse) {
            warm.close();
            warm = null;
        }
    }
}
