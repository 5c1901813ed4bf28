package dev.concurrencylab.process;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The child's half of {@link ChildProcesses}: a child JVM started with {@link ChildProcesses#parentOption()}
 * checks every 200 ms that the process that started it is still there, and halts when it is not. Polling
 * works on every OS the JVM runs on (Linux's parent-death signal needs native code), and a handle compares the
 * process's start time too, so a recycled process id is not taken for the app.
 */
public final class ParentWatch {
    static final long PERIOD_MS = 200;

    private ParentWatch() {
    }

    /** Starts watching if this JVM was started as a child of the app; does nothing otherwise. */
    public static void startIfAsked() {
        String pid = System.getProperty(ChildProcesses.PARENT_PROPERTY);
        if (pid == null || pid.isBlank()) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty() || !pid.strip().equals(Long.toString(parent.get().pid()))) {
            Runtime.getRuntime().halt(0); // re-parented already: the app died while this JVM started
        }
        ProcessHandle app = parent.get();
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            try {
                while (app.isAlive()) {
                    TimeUnit.MILLISECONDS.sleep(PERIOD_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(0); // nobody is left to read what this process would say
        });
    }
}
