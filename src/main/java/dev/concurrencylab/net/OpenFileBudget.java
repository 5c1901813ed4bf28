package dev.concurrencylab.net;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * How many connections fit this process's open-file limit. The JVM raises its soft limit to the hard one at
 * start-up on Linux and macOS ({@code -XX:+MaxFDLimit}, on by default), so the limit read here is already the
 * highest an unprivileged process can have; what is left after the files open now, less a reserve for jars,
 * selectors, pipes and the output files, is what connections may use.
 */
final class OpenFileBudget {
    /** Files a run may still open besides its connections: outputs, class files, a child's pipes. */
    static final int RESERVE = 256;
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private OpenFileBudget() {
    }

    /** The open-file limit of this process, or -1 where the platform does not say (Windows has none such). */
    static long limit() {
        return OS instanceof UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
    }

    /** Files this process has open now, or 0 where the platform does not say. */
    static long open() {
        return OS instanceof UnixOperatingSystemMXBean unix ? Math.max(0, unix.getOpenFileDescriptorCount()) : 0;
    }

    /**
     * How many connections fit when each needs {@code filesEach} files here (2 when the server's end is in this
     * process too); {@link Integer#MAX_VALUE} where there is no limit to respect.
     */
    static int connections(int filesEach) {
        long free = free(RESERVE);
        return free == Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(1, free / filesEach);
    }

    /** Files this process may still open, keeping {@code reserve} back; {@link Integer#MAX_VALUE} if unlimited. */
    static long free(int reserve) {
        long limit = limit();
        if (limit < 0 || limit >= Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return Math.max(0, limit - open() - reserve);
    }
}
