package dev.concurrencylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import dev.concurrencylab.store.Json;

/** The command line as a user types it: results, JSON fields, and exit status 2 on bad input. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    static Result cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cmd = LabCommand.commandLine();
            cmd.setOut(new java.io.PrintWriter(System.out, true));
            cmd.setErr(new java.io.PrintWriter(System.err, true));
            int status = cmd.execute(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void theSummaryAndTheJsonSayHowLongTasksWereReadyAndWaitedForConnections() throws Exception {
        Path json = dir.resolve("c.json");
        Result r = cli("compare", "--workload", "mixed", "--tasks", "12", "--latency-ms", "20", "--models",
                "virtual,eventloop,pool", "--workers", "2", "--no-warmup", "--json", json.toString());
        assertThat(r.status()).isZero();
        // durations in the unit that fits them (render.Durations): a pool's few READY slivers may be "376 µs"
        String duration = "[0-9.]+ (ns|µs|ms|s)";
        assertThat(r.out()).containsPattern("virtual: ready " + duration + " in all: waiting for a carrier thread")
                .containsPattern("eventloop: ready " + duration + " in all: waiting for the event loop")
                .containsPattern("pool: ready " + duration + " in all: waiting for a core");
        for (JsonNode run : Json.MAPPER.readTree(json.toFile()).get("runs")) {
            assertThat(run.get("readyMs").isNumber()).as(run.get("model").asString()).isTrue();
        }

        Result http = cli("run", "--workload", "http", "--tasks", "20", "--latency-ms", "40", "--model", "pool",
                "--workers", "10", "--max-connections", "2", "--no-warmup");
        assertThat(http.status()).isZero();
        assertThat(http.out()).containsPattern(
                "pool: connection wait [0-9.]+ (ns|µs|ms|s) in all: waiting for a pooled connection \\(pool of 2\\)");

        Result cpu = cli("run", "--workload", "cpu-hash", "--tasks", "8", "--model", "pool", "--workers", "8",
                "--hash-rounds", "2000", "--no-warmup", "--json", "-");
        assertThat(cpu.err()).as("the summary, beside JSON on stdout").contains("pool").doesNotContain("ready");
        assertThat(Json.MAPPER.readTree(cpu.out()).get("readyMs").isNull()).as("a CPU run observes no READY").isTrue();
    }

    @Test
    void runWritesTheResultAsJson() throws Exception {
        Path json = dir.resolve("r.json");
        Result r = cli("run", "--workload", "cpu-regex", "--model", "pool", "--workers", "2", "--tasks", "20",
                "--length", "200", "--no-warmup", "--json", json.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("pool").contains("matched");
        JsonNode node = Json.MAPPER.readTree(json.toFile());
        for (String field : new String[] {"model", "workload", "workers", "tasks", "wallMs", "cpuMs", "cpuUtilization",
            "boundMs", "efficiency", "errors", "lanes", "segments", "serviceP50Ms", "serviceP95Ms", "serviceP99Ms", "responseP50Ms",
            "responseP95Ms", "responseP99Ms", "matches"}) {
            assertThat(node.has(field)).as(field).isTrue();
        }
        assertThat(node.get("model").asString()).isEqualTo("pool");
        assertThat(node.get("workload").asString()).isEqualTo("cpu-regex");
        assertThat(node.get("lanes").asInt()).isEqualTo(2);
        assertThat(node.get("tasks").asInt()).isEqualTo(20);
    }

    @Test
    void compareWritesRunsInOrderToStandardOutput() throws Exception {
        Result r = cli("compare", "--models", "sequential,eventloop", "--workload", "sleep", "--tasks", "10",
                "--latency-ms", "10", "--no-warmup", "--json", "-");
        assertThat(r.status()).isZero();
        JsonNode runs = Json.MAPPER.readTree(r.out()).get("runs");
        assertThat(runs.size()).isEqualTo(2);
        assertThat(runs.get(0).get("model").asString()).isEqualTo("sequential");
        assertThat(runs.get(1).get("model").asString()).isEqualTo("eventloop");
        assertThat(runs.get(0).get("wallMs").asDouble()).isGreaterThan(runs.get(1).get("wallMs").asDouble());
        // ten sleeps in a row queue up: the sequential run's findings say so, in the JSON and in the summary
        JsonNode finding = runs.get(0).get("findings").get(0);
        assertThat(finding.get("kind").asString()).isEqualTo("queueing");
        assertThat(finding.get("severity").asString()).isEqualTo("warning");
        assertThat(finding.get("message").asString()).contains("waited in the queue");
        assertThat(finding.get("endMs").asDouble()).isGreaterThan(finding.get("startMs").asDouble());
        assertThat(finding.get("lanes").isArray()).isTrue();
        assertThat(runs.get(1).get("findings").isArray()).isTrue();
        int queued = finding.get("values").get("queuedTasks").asInt();
        assertThat(queued).isBetween(9, 10); // the first task waits under a millisecond, unless the machine is busy
        assertThat(r.err()).contains("findings:")
                .contains("[warning] sequential · queueing: " + queued + " tasks waited in the queue");
        assertThat(r.err()).contains("sequential: latency service (start → end) p50 ");
    }

    @Test
    void traceFileHoldsEverySegment() throws Exception {
        Path trace = dir.resolve("t.json");
        Result r = cli("run", "--workload", "sleep", "--model", "pool", "--workers", "2", "--tasks", "4",
                "--latency-ms", "5", "--no-warmup", "--trace", trace.toString());
        assertThat(r.status()).isZero();
        JsonNode run = Json.MAPPER.readTree(trace.toFile()).get("runs").get(0);
        assertThat(run.get("lanes").size()).isEqualTo(2);
        assertThat(run.get("tasks").size()).isEqualTo(4);
        int segments = 0;
        for (JsonNode lane : run.get("lanes")) {
            segments += lane.get("segments").size();
        }
        assertThat(segments).as("a wait and, where it ended late, its READY")
                .isEqualTo(run.get("result").get("segments").asInt()).isBetween(4, 8);
        assertThat(Files.size(trace)).isPositive();
    }

    @Test
    void badInputExitsWithTwoAndNamesTheField() {
        Result zero = cli("run", "--workers", "0");
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("workers").contains("between 1 and 1024");
        Result model = cli("run", "--model", "threads");
        assertThat(model.status()).isEqualTo(2);
        assertThat(model.err()).contains("model").contains("allowed");
        Result billion = cli("compare", "--tasks", "1000000000");
        assertThat(billion.status()).isEqualTo(2);
        assertThat(billion.err()).contains("tasks");
        Result latency = cli("run", "--workload", "sleep", "--latency-ms", "-5");
        assertThat(latency.status()).isEqualTo(2);
        assertThat(latency.err()).contains("latency-ms");
        Result file = cli("run", "--input", dir.resolve("missing.txt").toString());
        assertThat(file.status()).isEqualTo(2);
        assertThat(file.err()).contains("input");
        Result notANumber = cli("run", "--workers", "many");
        assertThat(notANumber.status()).isEqualTo(2);
        Result noPython = cli("compare", "--models", "sequential,cpython-threads", "--python", "/no/such/python3");
        assertThat(noPython.status()).isEqualTo(2);
        assertThat(noPython.err()).startsWith("Invalid input: python: /no/such/python3 does not exist");
        assertThat(noPython.out()).as("refused before anything ran").doesNotContain("sequential");
    }

    @Test
    void aCPythonRunNamesItsInterpreterInTheSummaryAndTheJson() throws Exception {
        Result r = cli("run", "--model", "cpython-sequential", "--workload", "cpu-hash", "--tasks", "4",
                "--hash-rounds", "500", "--json", "-");
        assertThat(r.status()).isZero();
        JsonNode node = Json.MAPPER.readTree(r.out());
        assertThat(node.get("model").asString()).isEqualTo("cpython-sequential");
        assertThat(node.get("python").asString()).startsWith("CPython 3.");
        assertThat(node.get("gilEnabled").asBoolean()).isTrue();
        assertThat(node.has("interpreterLine")).as("only the record's fields").isFalse();
        assertThat(r.err()).contains("cpython-sequential: CPython 3.").contains("started in")
                .contains("cpython-sequential: CPython 3.", "· GIL on").doesNotContain("warning");
        Result python = cli("run", "--model", "sequential", "--workload", "cpu-hash", "--tasks", "2",
                "--hash-rounds", "10", "--python", "python3", "--max-in-flight", "4");
        assertThat(python.err()).contains("warning: --python applies only to the cpython-* models")
                .contains("warning: --max-in-flight applies only to virtual, eventloop or cpython-asyncio");
    }

    @Test
    void inputFileIsSearchedLineByLine() throws Exception {
        Path input = dir.resolve("in.txt");
        Files.writeString(input, "abcdefghij\naaaaaaaaaaaa\n");
        Path json = dir.resolve("r.json");
        Result r = cli("run", "--input", input.toString(), "--no-warmup", "--json", json.toString());
        assertThat(r.status()).isZero();
        JsonNode node = Json.MAPPER.readTree(json.toFile());
        assertThat(node.get("tasks").asInt()).isEqualTo(2);
        assertThat(node.get("matches").asInt()).isEqualTo(1);
    }

    @Test
    void everyCommandHasHelpAndThereIsAVersion() {
        for (String c : new String[] {"run", "compare", "bench"}) {
            Result r = cli(c, "--help");
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("Usage:");
        }
        assertThat(cli("--version").out()).contains("Concurrency Lab");
    }
}
