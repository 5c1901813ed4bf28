package dev.concurrencylab.ui;

import dev.concurrencylab.engine.WorkloadKind;

/**
 * The window's drawing takes CPU, and with few cores and software rendering it took it from the very runs it
 * measured: a 1 s regex run shared its core with 0.2–0.5 cores of drawing and JIT compiling at a 10 Hz live
 * view. Measured quietly, a CPU-bound run's timelines grow once a second while it runs, and the finished
 * comparison is replayed at full rate afterwards. Waiting work (sleep, http) needs no cores, so it stays live.
 */
final class QuietMeasuring {
    /** Machines with up to this many cores measure quietly by default. */
    static final int MAX_CORES_BY_DEFAULT = 4;
    /** The live view's refresh while measuring quietly. */
    static final long REFRESH_NANOS = 1_000_000_000L;
    static final String EXPLANATION = "measuring quietly: drawing once a second, a full-speed replay follows";

    private QuietMeasuring() {
    }

    static boolean defaultOn() {
        return Runtime.getRuntime().availableProcessors() <= MAX_CORES_BY_DEFAULT;
    }

    /** Whether a comparison of {@code workload} is measured quietly with the setting {@code on}. */
    static boolean applies(boolean on, WorkloadKind workload) {
        return on && workload != WorkloadKind.SLEEP && workload != WorkloadKind.HTTP;
    }
}
