package dev.concurrencylab.engine;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this whole process: every thread, live or ended, the JIT compiler's and the garbage collector's
 * included. Against the CPU a run's own threads used, it tells what the app's other threads (a window's
 * drawing, the JIT, the GC) took from the cores while the run was measured.
 */
public final class ProcessCpu {
    private static final com.sun.management.OperatingSystemMXBean OS = os();

    private ProcessCpu() {
    }

    private static com.sun.management.OperatingSystemMXBean os() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean o
                ? o : null;
    }

    /** Nanoseconds of CPU this process has used, or -1 where the JVM cannot tell. */
    public static long nanos() {
        return OS == null ? -1 : OS.getProcessCpuTime();
    }
}
