package dev.concurrencylab.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a worker: this app's own java binary and class path, the user's JVM flags, no shell. */
record WorkerCommand(List<String> jvmFlags, String mainClass) {
    WorkerCommand {
        jvmFlags = List.copyOf(jvmFlags);
    }

    static WorkerCommand of(List<String> jvmFlags) {
        return new WorkerCommand(jvmFlags, WorkerMain.class.getName());
    }

    List<String> toList() {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        return cmd;
    }

    /** The binary running this JVM, so workers get the same Java version; java.home where the OS hides it. */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
