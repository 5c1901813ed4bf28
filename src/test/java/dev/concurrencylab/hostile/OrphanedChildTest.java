package dev.concurrencylab.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finding 1: with more requests in flight than one process can hold both ends of, the latency server runs in a
 * child JVM; before the fix it outlived an app stopped with SIGINT, SIGTERM or SIGKILL (200-300 MB, parent PID
 * 1, minutes later). A small open-file limit makes a 400-request run need the child, as 10,000 do at 20,000.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrphanedChildTest {

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM", "KILL"})
    void theServersJvmEndsWithTheApp(String signal) throws Exception {
        Process app = LabProcess.cli("run", "--workload", "http", "--model", "eventloop", "--tasks", "400",
                "--latency-ms", "60000", "--no-warmup").fileLimit(700).start();
        try {
            ProcessHandle server = null;
            for (int i = 0; i < 400 && server == null; i++) {
                Thread.sleep(50);
                server = serverChild(app).orElse(null);
            }
            assertThat(server).as("the latency server's child JVM").isNotNull();
            new ProcessBuilder("kill", "-" + signal, Long.toString(app.pid())).start().waitFor();
            assertThat(app.waitFor(10, TimeUnit.SECONDS)).as("the app ends").isTrue();
            ProcessHandle child = server;
            assertThat(child.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).get())
                    .as("server JVM %d still running after SIG%s of the app", child.pid(), signal).isNotNull();
        } finally {
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> serverChild(Process app) {
        return app.descendants().filter(p -> p.info().arguments().map(List::of).orElse(List.of()).contains("serve"))
                .findFirst();
    }
}
