package dev.concurrencylab.process;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every worker process this JVM has started and not yet seen end (worker JVMs, CPython drivers); a shutdown
 * hook kills the rest, so leaving the app (window closed, Ctrl-C, System.exit) leaves no worker behind. A
 * worker whose app is killed outright still exits on its own: its stdin closes.
 */
public final class LiveWorkers {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(LiveWorkers::killAll, "kill-worker-processes"));
    }

    private LiveWorkers() {
    }

    public static void add(Process p) {
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
    }

    static void killAll() {
        for (Process p : LIVE) {
            kill(p);
        }
    }

    /** Kills a worker and any process it started (a JVM writing an AOT cache starts one, a Python pool N). */
    public static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
