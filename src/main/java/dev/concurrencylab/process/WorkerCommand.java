package dev.concurrencylab.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a worker: this app's own java binary and class path, the user's JVM flags, no shell.
 *
 * @param ownFlags  flags the app adds before the user's (the AOT cache), so the user's can override them
 * @param jvmFlags  the user's flags ({@code --worker-jvm-flags})
 * @param classPath the class path, normally this JVM's
 * @param args      the worker's arguments (e.g. {@link TrainingTasks#TRAIN})
 */
record WorkerCommand(List<String> ownFlags, List<String> jvmFlags, String mainClass, String classPath,
                     List<String> args) {
    /**
     * The JVM writes its own warnings (an unusable AOT cache, a full code cache) to stdout by default,
     * where they would corrupt the frames; the worker's stderr is read and quoted by the app instead.
     */
    static final List<String> LOG_TO_STDERR = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");
    /**
     * The serial collector unless the user picks one: with G1, two workers on two cores ran cpu-regex
     * 1000×1000 in 1.40-1.79 s (median 1.50 s), with the serial collector in 1.00-1.58 s (median 1.20 s),
     * 7 runs each on a shared VM. Each G1 worker brings its own parallel and concurrent GC threads, which
     * take the core the other worker runs on; CPython's workers have no such threads either.
     */
    static final String SERIAL_GC = "-XX:+UseSerialGC";

    WorkerCommand {
        ownFlags = List.copyOf(ownFlags);
        jvmFlags = List.copyOf(jvmFlags);
        args = List.copyOf(args);
    }

    WorkerCommand(List<String> jvmFlags, String mainClass) {
        this(List.of(), jvmFlags, mainClass, System.getProperty("java.class.path"), List.of());
    }

    WorkerCommand withOwnFlags(List<String> flags) {
        return new WorkerCommand(flags, jvmFlags, mainClass, classPath, args);
    }

    WorkerCommand withArgs(List<String> a) {
        return new WorkerCommand(ownFlags, jvmFlags, mainClass, classPath, a);
    }

    List<String> toList() {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(LOG_TO_STDERR);
        cmd.addAll(defaultFlags());
        cmd.addAll(ownFlags);
        cmd.addAll(jvmFlags);
        cmd.add(ChildProcesses.parentOption());
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** The flags a worker gets unless the user's say otherwise. */
    List<String> defaultFlags() {
        boolean userPicksGc = jvmFlags.stream().anyMatch(f -> f.matches("-XX:[+-]Use\\w*GC"));
        return userPicksGc ? List.of() : List.of(SERIAL_GC);
    }

    /** The binary running this JVM, so workers get the same Java version; java.home where the OS hides it. */
    static String javaBinary() {
        return JavaBinary.PATH;
    }

    /** Looked up once: asking the OS reads /proc, which a timed spawn should not wait for. */
    private static final class JavaBinary {
        static final String PATH = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
