package dev.concurrencylab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worker's command line: the app's defaults first, the user's flags after them so they win. */
class WorkerCommandTest {
    @Test
    void workersLogToStderrAndUseTheSerialCollectorBeforeTheUsersFlags() {
        List<String> cmd = new WorkerCommand(List.of("-Xint"), WorkerMain.class.getName())
                .withOwnFlags(List.of("-XX:AOTCache=/tmp/x.aot")).toList();
        assertThat(cmd).containsSubsequence("-Xlog:all=warning:stderr", WorkerCommand.SERIAL_GC,
                "-XX:AOTCache=/tmp/x.aot", "-Xint", "-cp", WorkerMain.class.getName());
    }

    @Test
    void aCollectorTheUserPicksReplacesTheSerialOne() {
        // two collectors on one command line stop the JVM from starting
        for (String gc : List.of("-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseZGC", "-XX:-UseSerialGC")) {
            List<String> cmd = new WorkerCommand(List.of(gc), WorkerMain.class.getName()).toList();
            assertThat(cmd).contains(gc).doesNotContain(WorkerCommand.SERIAL_GC);
        }
    }
}
