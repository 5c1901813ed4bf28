package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.RunMetrics;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.Durations;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.render.LatencyText;
import dev.concurrencylab.render.MeasurementNote;
import dev.concurrencylab.render.StateText;
import dev.concurrencylab.render.SummaryLine;
import dev.concurrencylab.render.WaitCauses;
import dev.concurrencylab.render.WarmupText;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable summary printed after runs: one row per model, speed-ups against the first; then per model what
 * it found beyond the row (matches, process costs, time READY or waiting for a connection, a disturbed measurement, failures).
 */
final class SummaryTable {
    private SummaryTable() {
    }

    static String format(String title, List<RunOutput> runs, ExperimentConfig config) {
        StringBuilder b = new StringBuilder();
        b.append(TerminalText.escape(title)).append('\n');
        int width = Math.max(16, runs.stream().mapToInt(o -> o.result().label().length()).max().orElse(0));
        b.append(String.format(Locale.ROOT, "%-" + width + "s %7s %10s %10s %6s %8s %7s %10s%n",
                "model", "workers", "wall", "bound", "eff", "cpu", "errors", "speed-up"));
        RunResult first = runs.isEmpty() ? null : runs.get(0).result();
        for (RunOutput o : runs) {
            RunResult r = o.result();
            b.append(String.format(Locale.ROOT, "%-" + width + "s %7d %10s %10s %6.2f %7.0f%% %7d %10s%s%n",
                    r.label(), r.workers(), ms(r.wallMs()), ms(r.boundMs()), r.efficiency(),
                    r.cpuUtilization() * 100, r.errors(),
                    r == first && !r.cancelled() ? "1.00×" : SummaryLine.speedUp(r, first),
                    r.cancelled() ? "  (" + o.trace().tasks().notRunCount() + " not run)" : ""));
        }
        for (RunOutput o : runs) {
            RunResult r = o.result();
            if (r.interpreterLine() != null) {
                b.append(String.format(Locale.ROOT, "%s: %s%n", r.label(), r.interpreterLine()));
            }
            b.append(r.label()).append(": latency ").append(LatencyText.line(r)).append('\n');
            if (r.matches() != null) {
                b.append(String.format(Locale.ROOT, "%s: %d of %d strings matched%n", r.label(), r.matches(), r.tasks()));
            }
            String warmup = WarmupText.line(r);
            if (warmup != null) {
                b.append(r.label()).append(": warm-up: ").append(warmup).append('\n');
            }
            if (r.spawnMs() != null) {
                long ready = poolReadyNanos(o.trace());
                b.append(String.format(Locale.ROOT, "%s: spawn %s, IPC %s; the pool was ready after %s: %s without"
                        + " its start-up%n", r.label(), ms(r.spawnMs()), ms(r.ipcMs()), ms(ready / 1e6),
                        ms(Math.max(0, r.wallMs() - ready / 1e6))));
            }
            WaitCauses causes = WaitCauses.of(r.model(), config.workload(), config.settings());
            if (r.readyMs() != null) {
                b.append(String.format(Locale.ROOT, "%s: %s %s in all: %s%n", r.label(),
                        StateText.label(State.READY), ms(r.readyMs()), causes.ready()));
            }
            long conn = RunMetrics.totalNanos(o.trace(), State.CONN_WAIT);
            if (conn > 0) {
                b.append(String.format(Locale.ROOT, "%s: %s %s in all: %s%n", r.label(),
                        StateText.label(State.CONN_WAIT), ms(conn / 1e6), causes.conn()));
            }
            String note = MeasurementNote.explain(r);
            if (!note.isEmpty()) {
                b.append(r.label()).append(": ").append(note).append('\n');
            }
            for (Map.Entry<String, Integer> e : r.errorReasons().entrySet()) {
                b.append(String.format(Locale.ROOT, "%s: %d failed: %s%n", r.label(), e.getValue(),
                        TerminalText.escape(e.getKey())));
            }
        }
        return b.toString();
    }

    /** When the last worker process of a pool had started (the end of its last SPAWN), in trace nanoseconds. */
    static long poolReadyNanos(TraceSnapshot trace) {
        long ready = 0;
        for (LaneSnapshot l : trace.lanes()) {
            for (int i = 0; i < l.segments().size(); i++) {
                if (l.segments().state(i) == State.SPAWN) {
                    ready = Math.max(ready, l.segments().end(i));
                }
            }
        }
        return ready;
    }

    static String ms(double ms) {
        return Durations.ms(ms);
    }
}
