package dev.concurrencylab.process;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way this app starts a child JVM (worker processes, the latency server's child) so that it dies with
 * the app, however the app ends: a shutdown hook kills every child still running when the app exits or is
 * interrupted (window closed, Ctrl-C, SIGTERM, System.exit), and each child is told the app's process id
 * ({@link #parentOption()}) and exits by itself within 200 ms of the app's end when the app is killed outright
 * and no hook runs ({@link ParentWatch}).
 */
public final class ChildProcesses {
    /** The system property through which a child learns which process to outlive no longer than 200 ms. */
    public static final String PARENT_PROPERTY = "concurrencylab.parent.pid";
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::killAll, "kill-child-processes"));
    }

    private ChildProcesses() {
    }

    /** The JVM option to put before a child's main class: it then watches this process (see {@link ParentWatch}). */
    public static String parentOption() {
        return "-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid();
    }

    /** Starts a child and keeps it on the list the shutdown hook kills. */
    public static Process start(ProcessBuilder builder) throws IOException {
        Process p = builder.start();
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
        return p;
    }

    static void killAll() {
        for (Process p : LIVE) {
            kill(p);
        }
    }

    /** Kills a child and any process it started (a JVM writing an AOT cache starts one). */
    public static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
