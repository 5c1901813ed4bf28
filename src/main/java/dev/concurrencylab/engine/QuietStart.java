package dev.concurrencylab.engine;

import java.util.concurrent.TimeUnit;

/**
 * Before a measured run, waits until the app's other threads have gone quiet: the JIT compiling what the warm-up
 * made hot, the collector, a window still drawing the run before. Whatever they do during the run takes cores
 * from it (in the window a 1 s regex run shared its core with 0.2–0.5 cores of JIT and drawing). Nothing of the
 * run exists yet, so all of the process's CPU in that moment is someone else's.
 */
final class QuietStart {
    private static final long SLICE_MS = 25;
    /** Quiet: less than this share of one core, over two slices running. */
    private static final double QUIET_CORES = 0.1;
    private static final long MAX_WAIT_MS = 3000;
    private static final int QUIET_SLICES = 4;

    private QuietStart() {
    }

    static long await(CancelToken cancel) throws InterruptedException {
        return await(cancel, MAX_WAIT_MS);
    }

    /** Returns the nanoseconds waited; gives up after {@code maxWaitMs}, or at once where CPU time is unknown. */
    static long await(CancelToken cancel, long maxWaitMs) throws InterruptedException {
        long start = System.nanoTime();
        long cpu = ProcessCpu.nanos();
        if (cpu < 0) {
            return 0;
        }
        long t = start;
        int quiet = 0;
        while (quiet < QUIET_SLICES && t - start < TimeUnit.MILLISECONDS.toNanos(maxWaitMs) && !cancel.isCancelled()) {
            TimeUnit.MILLISECONDS.sleep(SLICE_MS);
            long cpu1 = ProcessCpu.nanos();
            long t1 = System.nanoTime();
            quiet = cpu1 - cpu <= QUIET_CORES * (t1 - t) ? quiet + 1 : 0;
            cpu = cpu1;
            t = t1;
        }
        return t - start;
    }
}
