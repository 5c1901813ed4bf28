package dev.concurrencylab.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files of saves under way. When the JVM is stopped (Ctrl-C, SIGTERM, the window closed) a shutdown
 * hook gives a save under way a moment to finish, then deletes what is left, so an interrupted save leaves the
 * old file as it was and nothing else behind. Saves that would begin once stopping has started are refused.
 */
final class InterruptedSaves {
    /** How long a stopping JVM waits for a save under way; a recording of 100,000 segments takes about 0.7 s. */
    static final long FINISH_WAIT_MS = 3000;
    private static final Set<Path> UNDER_WAY = ConcurrentHashMap.newKeySet();
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(InterruptedSaves::cleanUp, "delete-unfinished-saves"));
    }

    private InterruptedSaves() {
    }

    /** Registers a temporary file about to be created; the hook deletes it if it outlives the hook's wait. */
    static Path begin(Path tmp) throws IOException {
        UNDER_WAY.add(tmp);
        if (stopping) {
            end(tmp);
            throw new IOException("not saved: the app is stopping");
        }
        return tmp;
    }

    static void end(Path tmp) {
        UNDER_WAY.remove(tmp);
    }

    private static void cleanUp() {
        stopping = true;
        long deadline = System.nanoTime() + FINISH_WAIT_MS * 1_000_000;
        while (!UNDER_WAY.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                break;
            }
        }
        for (Path tmp : UNDER_WAY) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // nothing more can be done while stopping
            }
        }
    }
}
