package dev.concurrencylab.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.sweep.AmdahlFit;
import dev.concurrencylab.sweep.LittleLaw;
import dev.concurrencylab.sweep.ModelCurve;
import dev.concurrencylab.sweep.SweepPoint;
import dev.concurrencylab.sweep.SweepResult;
import dev.concurrencylab.sweep.UslFit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep as JSON: every run ({@code points}), the laws fitted per model ({@code fits}; a fit that could not be
 * made is left out and its {@code note} says why), the machine's {@code cores}, and for I/O work Little's law.
 */
public final class SweepJson {
    private SweepJson() {
    }

    @JsonPropertyOrder({"workload", "tasks", "models", "workers", "repeats", "points", "fits", "littlesLaw", "cores"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(String workload, int tasks, List<String> models, String workers, int repeats, List<Point> points,
                    List<Fit> fits, Little littlesLaw, int cores) {
    }

    @JsonPropertyOrder({"model", "workers", "repeat", "wallMs", "throughput", "speedup"})
    record Point(String model, int workers, int repeat, double wallMs, double throughput, double speedup) {
    }

    @JsonPropertyOrder({"model", "amdahl", "usl", "note"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fit(String model, Amdahl amdahl, Usl usl, String note) {
    }

    record Amdahl(double serialFraction, double r2) {
    }

    @JsonPropertyOrder({"alpha", "beta", "peakWorkers", "r2"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Usl(double alpha, double beta, Double peakWorkers, double r2) {
    }

    /** Throughput = min(N, tasks) ÷ mean latency. */
    record Little(double meanLatencyMs, int tasks) {
    }

    public static void write(Path file, SweepResult sweep) throws IOException {
        OutputFile.write(file, out -> write(out, sweep));
    }

    public static void write(OutputStream out, SweepResult sweep) {
        Json.MAPPER.writeValue(out, document(sweep));
    }

    static Document document(SweepResult s) {
        List<Point> points = s.points().stream().map(p -> point(s, p)).toList();
        List<Fit> fits = s.analysis().curves().stream().map(SweepJson::fit).toList();
        LittleLaw l = s.analysis().little();
        return new Document(s.config().workload().kind().id(), s.config().workload().tasks(),
                s.config().models().stream().map(ModelEntry::id).toList(), s.spec().workersText(), s.spec().repeats(),
                points, fits, l == null ? null : new Little(l.meanLatencyMs(), l.tasks()), s.cores());
    }

    private static Point point(SweepResult s, SweepPoint p) {
        return new Point(p.model().id(), p.workers(), p.repeat(), p.wallMs(), round(p.throughput(), 3),
                round(s.speedup(p), 4));
    }

    private static Fit fit(ModelCurve c) {
        AmdahlFit a = c.amdahl();
        UslFit u = c.usl();
        return new Fit(c.model().id(), a == null ? null : new Amdahl(round(a.serialFraction(), 6), round(a.r2(), 4)),
                u == null ? null : new Usl(round(u.alpha(), 6), round(u.beta(), 8),
                        u.peakWorkers() == null ? null : round(u.peakWorkers(), 2), round(u.r2(), 4)),
                c.note());
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
