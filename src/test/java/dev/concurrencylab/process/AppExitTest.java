package dev.concurrencylab.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Leaving the app, politely or not, takes its worker processes with it. */
class AppExitTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void workersEndWithTheApp(boolean killed) throws Exception {
        Process app = new ProcessBuilder(WorkerCommand.javaBinary(), "-cp", System.getProperty("java.class.path"),
                "dev.concurrencylab.Main", "run", "--model", "process", "--workers", "2", "--workload", "sleep",
                "--tasks", "4", "--latency-ms", "30000", "--no-warmup")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            List<ProcessHandle> workers = List.of();
            for (int i = 0; i < 300 && workers.size() < 2; i++) {
                Thread.sleep(50);
                workers = app.descendants().toList();
            }
            assertThat(workers).as("the app's workers").hasSize(2);
            if (killed) {
                app.destroyForcibly(); // no shutdown hook runs: the workers notice on their own
            } else {
                app.destroy(); // SIGTERM: the shutdown hook kills the workers
            }
            assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle w : workers) {
                assertThat(w.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).get())
                        .as("worker %d still running", w.pid()).isNotNull();
            }
        } finally {
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
        }
    }
}
