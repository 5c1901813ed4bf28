package dev.concurrencylab.store;

import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.sweep.SweepPoint;
import dev.concurrencylab.sweep.SweepResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep's points as CSV (the same dialect as {@link MetricsCsv}): one row per run, the swept count, the
 * repeat, wall time, throughput and the speed-up against the model's first count.
 */
public final class SweepCsv {
    public static final List<String> COLUMNS = List.of("model", "workers", "repeat", "wall_ms", "throughput_per_s",
            "speedup", "cpu_ms", "cpu_utilization", "efficiency", "errors", "tasks", "cores", "ui_cpu_ms",
            "cpu_asked_ms", "interpreter", "python");

    private SweepCsv() {
    }

    public static void write(Path file, SweepResult sweep) throws IOException {
        byte[] bytes = format(sweep).getBytes(StandardCharsets.UTF_8);
        OutputFile.write(file, out -> out.write(bytes));
    }

    public static String format(SweepResult sweep) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (SweepPoint p : sweep.points()) {
            RunResult r = p.result();
            List<String> row = List.of(p.model().kind().id(), Integer.toString(p.workers()), Integer.toString(p.repeat()),
                    MetricsCsv.num(r.wallMs()), MetricsCsv.num(p.throughput()), MetricsCsv.num(sweep.speedup(p)),
                    MetricsCsv.num(r.cpuMs()), MetricsCsv.num(r.cpuUtilization()), MetricsCsv.num(r.efficiency()),
                    Integer.toString(r.errors()), Integer.toString(r.tasks()), Integer.toString(r.cores()),
                    r.uiCpuMs() == null ? "" : MetricsCsv.num(r.uiCpuMs()),
                    r.cpuAskedMs() == null ? "" : MetricsCsv.num(r.cpuAskedMs()),
                    MetricsCsv.quote(p.model().interpreter()), r.python() == null ? "" : MetricsCsv.quote(r.python()));
            b.append(String.join(",", row)).append("\r\n");
        }
        return b.toString();
    }
}
