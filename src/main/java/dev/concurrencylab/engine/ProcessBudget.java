package dev.concurrencylab.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many worker JVMs this machine can hold: each takes about 40 MB resident (measured: 39-40 MB for a sleep
 * worker, more once a CPU task has grown its heap), so 64 MB of the memory available at start-up are counted for
 * each, three quarters of it used. 1024 workers would need 40-64 GB; on a 24 GB machine this allows about 280.
 */
public final class ProcessBudget {
    /** Memory counted for one worker JVM. */
    public static final long BYTES_PER_WORKER = 64L << 20;
    private static final int MAX = compute();

    private ProcessBudget() {
    }

    /** The most worker processes a run starts on this machine. */
    public static int maxWorkers() {
        return MAX;
    }

    private static int compute() {
        long available = available();
        long fit = available <= 0 ? ModelSettings.MAX_WORKERS : available * 3 / 4 / BYTES_PER_WORKER;
        return (int) Math.max(1, Math.min(ModelSettings.MAX_WORKERS, fit));
    }

    /** Linux's MemAvailable (free memory plus caches it can drop), else the JVM's view of free memory. */
    private static long available() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: ask the JVM
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getFreeMemorySize();
        }
        return -1;
    }
}
