package dev.concurrencylab.cli;

import static dev.concurrencylab.cli.CommandLineTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.store.Json;
import dev.concurrencylab.store.MetricsCsv;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** One model in CPython and in PyPy, side by side: every output names the interpreter of every run. */
class InterpreterPerModelCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSameModelInTwoInterpretersIsTwoRunsEveryOutputTellsApart() throws Exception {
        Path json = dir.resolve("r.json");
        Path csv = dir.resolve("r.csv");
        Path png = dir.resolve("r.png");
        Path record = dir.resolve("r" + RecordedRuns.EXTENSION);
        Path chrome = dir.resolve("r.trace.json");
        CommandLineTest.Result r = cli("compare", "--workload", "cpu-regex", "--tasks", "40", "--length", "300",
                "--models", "cpython-sequential,cpython-sequential@pypy3", "--no-warmup", "--json", json.toString(),
                "--csv", csv.toString(), "--png", png.toString(), "--record", record.toString(), "--chrome-trace",
                chrome.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("[2/2] cpython-sequential@pypy3: PyPy ");
        assertThat(r.out()).containsPattern("(?m)^cpython-sequential +1 ")
                .containsPattern("(?m)^cpython-sequential@pypy3 +1 ")
                .containsPattern("cpython-sequential: CPython 3[0-9.]+ · GIL on")
                .containsPattern("cpython-sequential@pypy3: PyPy [0-9.]+ \\(Python 3[0-9.]+\\) · JIT · GIL on")
                .containsPattern("cpython-sequential@pypy3: warm-up: first 5 % \\(2 tasks\\) .* each, the rest .* each")
                .contains("cpython-sequential@pypy3: " + matches(r.out()) + " of 40 strings matched");

        JsonNode runs = Json.MAPPER.readTree(json.toFile()).get("runs");
        assertThat(runs.get(0).get("interpreter").isNull()).isTrue();
        assertThat(runs.get(1).get("interpreter").asString()).isEqualTo("pypy3");
        assertThat(runs.get(1).get("python").asString()).startsWith("PyPy ");
        assertThat(runs.get(1).get("warmupSplit").get("firstTasks").asInt()).isEqualTo(2);

        List<String> rows = Files.readAllLines(csv);
        int interpreter = MetricsCsv.COLUMNS.indexOf("interpreter");
        assertThat(rows.get(1).split(",", -1)[interpreter]).isEmpty();
        assertThat(rows.get(2).split(",", -1)[interpreter]).isEqualTo("pypy3");

        RecordedRun back = RecordedRuns.read(record);
        assertThat(back.experiment().config().models()).containsExactly(ModelEntry.parse("cpython-sequential"),
                ModelEntry.parse("cpython-sequential@pypy3"));
        assertThat(back.runs()).extracting(o -> o.result().label())
                .containsExactly("cpython-sequential", "cpython-sequential@pypy3");
        assertThat(back.runs().get(1).result().python()).startsWith("PyPy ");

        List<String> processes = new ArrayList<>();
        for (JsonNode e : Json.MAPPER.readTree(chrome.toFile()).get("traceEvents")) {
            if (e.path("name").asString("").equals("process_name")) {
                processes.add(e.get("args").get("name").asString());
            }
        }
        assertThat(processes).anyMatch(n -> n.startsWith("1. cpython-sequential (1 thread, cpu-regex, CPython 3."))
                .anyMatch(n -> n.startsWith("2. cpython-sequential@pypy3 (1 thread, cpu-regex, PyPy "));
        assertThat(ImageIO.read(png.toFile()).getHeight()).as("two panels and the summary").isGreaterThan(300);
        assertThat(back.runs()).extracting(RunOutput::result).allSatisfy(res ->
                assertThat(res.matches()).isEqualTo(back.runs().getFirst().result().matches()));
    }

    @Test
    void theComparisonsInterpreterIsNamedUnusedWhereEveryCPythonModelNamesItsOwn() {
        CommandLineTest.Result r = cli("compare", "--workload", "cpu-hash", "--tasks", "2", "--hash-rounds", "10",
                "--models", "cpython-sequential@pypy3", "--python", "python3");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: --python applies only to the cpython-* models that name no "
                + "interpreter of their own, none of which runs here; ignored");
    }

    /** CPython's count of matches, as the summary says it. */
    private static String matches(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("cpython-sequential: (\\d+) of 40 strings matched")
                .matcher(out);
        return m.find() ? m.group(1) : "?";
    }
}
