package dev.concurrencylab.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Thread CPU time from the JVM, so working and waiting are measured rather than assumed. */
public final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String CARRIER_CLASS = "jdk.internal.misc.CarrierThread";

    private CpuClock() {
    }

    /** CPU time of the calling thread, or -1 where it cannot be measured (a virtual thread). */
    public static long currentThread() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /**
     * CPU time used so far by the carrier threads that run virtual threads. The JVM does not measure a
     * virtual thread's own CPU time, so a virtual-thread run is measured on its carriers.
     */
    public static long carrierThreads() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getClass().getName().equals(CARRIER_CLASS)) {
                long c = THREADS.getThreadCpuTime(t.threadId());
                if (c > 0) {
                    sum += c;
                }
            }
        }
        return sum;
    }
}
