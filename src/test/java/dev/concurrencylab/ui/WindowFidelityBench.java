package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.store.Json;
import dev.concurrencylab.store.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import tools.jackson.databind.JsonNode;

/**
 * Does the window measure what the command line measures? Runs each preset in the real window (headless,
 * Monocle's software pipeline, as the app starts: quiet measuring on where cores are few) and, in the same
 * minutes, from the command line in a fresh JVM, alternating, and writes one line per preset and model to
 * {@code target/window-fidelity.txt}: {@code preset model windowMs cliMs ratio} (medians over the rounds), plus
 * what the window's other threads used. The target (every ratio within 10 %) is reported, not asserted. Run with
 * {@code mvn -B test -Dtest=WindowFidelityBench -Dbench.fidelity=true -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.fidelity.rounds=N}, {@code -Dbench.fidelity.presets=a,b}).
 */
@EnabledIfSystemProperty(named = "bench.fidelity", matches = "true")
class WindowFidelityBench extends LabWindowTestSupport {
    private static final List<String> PRESETS = List.of(System.getProperty("bench.fidelity.presets",
            "classic-cpu,gil-vs-free-threads,blocking-event-loop").split(","));
    private static final int ROUNDS = Integer.getInteger("bench.fidelity.rounds", 3);

    @Start
    void start(Stage stage) throws IOException {
        mount(stage);
    }

    @Test
    void theWindowMeasuresWhatTheCommandLineMeasures(FxRobot robot) throws Exception {
        StringBuilder report = new StringBuilder("# preset model windowMs cliMs ratio   (medians of " + ROUNDS
                + " rounds; window: Monocle, software rendering, quiet measuring "
                + (vm().quietMeasuringProperty().get() ? "on" : "off") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)\n");
        for (String preset : PRESETS) {
            Map<String, List<Double>> window = new LinkedHashMap<>();
            Map<String, List<Double>> other = new LinkedHashMap<>();
            Map<String, List<Double>> cli = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                robot.interact(() -> app.document().openPreset(Presets.load(preset)));
                runAndWait(robot, 300);
                for (RunOutput o : vm().outputs()) {
                    String m = o.result().model().id();
                    window.computeIfAbsent(m, k -> new ArrayList<>()).add(o.result().wallMs());
                    other.computeIfAbsent(m, k -> new ArrayList<>()).add(o.result().uiCpuMs() / o.result().wallMs());
                }
                robot.interact(() -> app.window().links().replay().stop());
                for (JsonNode run : commandLine(preset).get("runs")) {
                    cli.computeIfAbsent(run.get("model").asString(), k -> new ArrayList<>())
                            .add(run.get("wallMs").asDouble());
                }
            }
            for (String m : window.keySet()) {
                double w = median(window.get(m));
                double c = median(cli.get(m));
                report.append(String.format(Locale.ROOT,
                        "%s %s %.1f %.1f %.2f   # window's other threads %.2f cores; window %s, cli %s%n",
                        preset, m, w, c, w / c, median(other.get(m)), range(window.get(m)), range(cli.get(m))));
            }
        }
        Files.writeString(Path.of("target", "window-fidelity.txt"), report);
        System.err.println(report);
        assertThat(report.toString().lines().count()).isGreaterThan(PRESETS.size());
    }

    /** The same preset from the command line, in a fresh JVM as a user would start it. */
    private JsonNode commandLine(String preset) throws Exception {
        Path json = dir.resolve("cli.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.concurrencylab.Main",
                "compare", "--experiment", "preset:" + preset, "--json", json.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("cli.log").toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the command line finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("cli.log"))).isZero();
        return Json.MAPPER.readTree(json.toFile());
    }

    private static String range(List<Double> xs) {
        return String.format(Locale.ROOT, "%.0f-%.0f",
                xs.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                xs.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
