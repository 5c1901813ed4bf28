package dev.concurrencylab.store;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.WarmupSplit;
import dev.concurrencylab.findings.ComparisonFindings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Run metrics as CSV (RFC 4180, comma-separated, dot decimals, one header row, one row per run) for
 * spreadsheets. Times in milliseconds; latency percentiles from a task's start ({@code service_*}) and from its
 * submission ({@code response_*}, the queue included); {@code reference_ms} is a published time for the model, where
 * known; {@code ready_ms} is empty where the model could not tell (see {@link RunResult#readyMs()}), like the other
 * columns that only some runs have; {@code findings} lists the kinds of the run's findings, separated by {@code ;};
 * {@code python} and {@code gil_enabled} name the interpreter of a CPython model's run as it reported itself, and
 * {@code interpreter} the one its entry chose ({@code pypy3} for {@code cpython-sequential@pypy3}; empty where it
 * ran in the comparison's); {@code first_tasks}, {@code first_tasks_ms}, {@code rest_tasks_ms} and
 * {@code first_task_ms} are its warm-up split (see {@link dev.concurrencylab.engine.WarmupSplit}), empty where it has none.
 */
public final class MetricsCsv {
    public static final List<String> COLUMNS = List.of("run", "model", "workload", "workers", "max_in_flight",
            "tasks", "wall_ms", "bound_ms", "efficiency", "cpu_ms", "cpu_utilization", "throughput_per_s",
            "service_p50_ms", "service_p95_ms", "service_p99_ms", "response_p50_ms", "response_p95_ms",
            "response_p99_ms", "errors", "error_reasons", "lanes", "segments", "matches", "cores", "spawn_ms",
            "ipc_ms", "cancelled", "reference_ms", "ui_cpu_ms", "cpu_asked_ms", "ready_ms", "findings", "python",
            "gil_enabled", "reference_threads", "interpreter", "first_tasks", "first_tasks_ms", "rest_tasks_ms",
            "first_task_ms");

    private MetricsCsv() {
    }

    public static void write(Path file, List<RunOutput> runs, Map<ModelEntry, Double> referenceSeconds,
                             ComparisonFindings findings) throws IOException {
        write(file, runs, referenceSeconds, Map.of(), findings);
    }

    /** With the threads each published time was measured with ({@code reference_threads}). */
    public static void write(Path file, List<RunOutput> runs, Map<ModelEntry, Double> referenceSeconds,
                             Map<ModelEntry, Integer> referenceThreads, ComparisonFindings findings) throws IOException {
        byte[] bytes = format(runs, referenceSeconds, referenceThreads, findings).getBytes(StandardCharsets.UTF_8);
        OutputFile.write(file, out -> out.write(bytes));
    }

    public static String format(List<RunOutput> runs, Map<ModelEntry, Double> referenceSeconds,
                                ComparisonFindings findings) {
        return format(runs, referenceSeconds, Map.of(), findings);
    }

    public static String format(List<RunOutput> runs, Map<ModelEntry, Double> referenceSeconds,
                                Map<ModelEntry, Integer> referenceThreads, ComparisonFindings findings) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (int i = 0; i < runs.size(); i++) {
            RunResult r = runs.get(i).result();
            Double ref = referenceSeconds == null ? null : referenceSeconds.get(r.entry());
            Integer refThreads = ref == null || referenceThreads == null ? null : referenceThreads.get(r.entry());
            WarmupSplit w = r.warmupSplit();
            List<String> row = List.of(Integer.toString(i + 1), r.model().id(), r.workload().id(),
                    Integer.toString(r.workers()), Integer.toString(r.maxInFlight()), Integer.toString(r.tasks()),
                    num(r.wallMs()), num(r.boundMs()), num(r.efficiency()), num(r.cpuMs()), num(r.cpuUtilization()),
                    num(r.throughput()), num(r.serviceP50Ms()), num(r.serviceP95Ms()), num(r.serviceP99Ms()),
                    num(r.responseP50Ms()), num(r.responseP95Ms()), num(r.responseP99Ms()), Integer.toString(r.errors()),
                    quote(reasons(r.errorReasons())), Integer.toString(r.lanes()), Long.toString(r.segments()),
                    r.matches() == null ? "" : r.matches().toString(), Integer.toString(r.cores()),
                    r.spawnMs() == null ? "" : num(r.spawnMs()), r.ipcMs() == null ? "" : num(r.ipcMs()),
                    Boolean.toString(r.cancelled()), ref == null ? "" : num(ref * 1000),
                    r.uiCpuMs() == null ? "" : num(r.uiCpuMs()), r.cpuAskedMs() == null ? "" : num(r.cpuAskedMs()),
                    r.readyMs() == null ? "" : num(r.readyMs()),
                    findings.run(i).stream().map(f -> f.kind().id()).collect(Collectors.joining(";")),
                    r.python() == null ? "" : quote(r.python()), r.gilEnabled() == null ? "" : r.gilEnabled().toString(),
                    refThreads == null ? "" : refThreads.toString(),
                    r.interpreter() == null ? "" : quote(r.interpreter()),
                    w == null ? "" : Integer.toString(w.firstTasks()), w == null ? "" : num(w.firstMs()),
                    w == null ? "" : num(w.restMs()), w == null ? "" : num(w.firstTaskMs()));
            b.append(String.join(",", row)).append("\r\n");
        }
        return b.toString();
    }

    private static String reasons(Map<String, Integer> reasons) {
        return reasons.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining("; "));
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Quotes a field that holds a comma, a quote or a line break; quotes inside are doubled. */
    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
