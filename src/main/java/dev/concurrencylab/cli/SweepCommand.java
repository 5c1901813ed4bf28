package dev.concurrencylab.cli;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.render.ComparisonPicture;
import dev.concurrencylab.render.SweepPicture;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import dev.concurrencylab.store.SweepCsv;
import dev.concurrencylab.store.SweepJson;
import dev.concurrencylab.sweep.Sweep;
import dev.concurrencylab.sweep.SweepListener;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepPoint;
import dev.concurrencylab.sweep.SweepResult;
import dev.concurrencylab.sweep.SweepSpec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sweep}: the same workload at a list of worker counts, repeated, with Amdahl and USL fitted. */
@Command(exitCodeListHeading = LabCommand.EXIT_HEADING,
        exitCodeList = {LabCommand.EXIT_0, LabCommand.EXIT_1, LabCommand.EXIT_2, LabCommand.EXIT_130},
        name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the same tasks at a list of worker counts (R repeats each) under 1 to 4 models, and fit "
                + "Amdahl's law and the Universal Scalability Law to each model's speed-up curve.")
final class SweepCommand implements Callable<Integer> {
    @Option(names = "--models", paramLabel = "M1,M2,...", split = ",",
            description = "1 to 4 models, in order (default: pool, or the experiment's)")
    List<String> models;

    @Option(names = "--workers", paramLabel = "LIST",
            description = "the counts: 1,2,4,8 or 1..16 or a mix (1..4,8,16), at most 64; for virtual and eventloop "
                    + "the number in flight (default: 1..8, or the experiment's sweep)")
    String workers;

    @Option(names = "--repeat", paramLabel = "R",
            description = "runs per count; the median is shown with the min–max (default: 3, or the experiment's)")
    Integer repeat;

    @Mixin
    ExperimentOptions experiment;

    @Mixin
    SweepOutputOptions output;

    @Override
    public Integer call() throws Exception {
        ExperimentFile file = experiment.experiment(models, List.of(ModelKind.POOL), null);
        SweepSpec base = file.sweep() != null ? file.sweep() : SweepSpec.defaults();
        SweepSpec spec = new SweepSpec(workers == null ? base.workers() : SweepSpec.parseWorkers(workers),
                repeat == null ? base.repeats() : repeat);
        SweepPlan plan = SweepPlan.of(file.config().models(), spec); // refuses 5 models before anything runs
        SweepPicture.Options picture = output.png == null ? null : output.pictureOptions();
        Outputs.check(output.given()); // a path that cannot be written costs no sweep
        PrintStream report = Outputs.usesStdout(output.given()) ? System.err : System.out;
        int cores = Runtime.getRuntime().availableProcessors();

        CancelToken cancel = new CancelToken();
        Thread hook = new Thread(cancel::cancel, "stop-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        List<SweepPoint> points;
        String description;
        try (Workload workload = Comparison.prepare(file.config())) {
            description = workload.describe();
            points = Sweep.execute(file.config(), spec, workload, cancel, new Progress(spec.repeats()), 0);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        SweepResult result = SweepResult.of(file.config(), spec, points, cores);
        report.print(SweepSummary.format("Sweep of " + description + " on " + cores + " cores: "
                + SweepPicture.caption(spec, description, cores), result));
        List<String> notWritten = new ArrayList<>();
        if (output.json != null) {
            notWritten.add(Outputs.write("json", output.json, out -> {
                SweepJson.write(out, result);
                out.write('\n');
            }));
        }
        if (output.csv != null) {
            notWritten.add(Outputs.write("csv", output.csv,
                    out -> out.write(SweepCsv.format(result).getBytes(StandardCharsets.UTF_8))));
        }
        if (picture != null) {
            System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
            SweepPicture p = new SweepPicture(result, SweepPicture.title(file.config()),
                    SweepPicture.caption(spec, description, cores), picture);
            String why = Outputs.write("png", output.png, out -> ComparisonPicture.writePng(p.render(), out));
            notWritten.add(why);
            if (why == null && !output.png.equals("-")) {
                System.err.println("PNG written to " + Path.of(output.png).toAbsolutePath());
            }
        }
        if (output.record != null) {
            notWritten.add(Outputs.write("record", output.record,
                    out -> RecordedRuns.write(out, RecordedRun.now(file.withSweep(spec), List.of(), points))));
        }
        notWritten.removeIf(w -> w == null);
        notWritten.forEach(System.err::println);
        if (points.size() < plan.size()) {
            return ComparisonRunner.STOPPED;
        }
        boolean failedTasks = points.stream().anyMatch(pt -> pt.result().errors() > 0);
        return failedTasks || !notWritten.isEmpty() ? ComparisonRunner.FAILED : 0;
    }

    /** One line on stderr as each run ends. */
    private record Progress(int repeats) implements SweepListener {
        @Override
        public void pointFinished(int index, int total, SweepPoint point) {
            System.err.println(SweepSummary.progress(index, total,
                    new SweepPlan.Step(point.model(), point.workers(), point.repeat()), repeats, point.wallMs()));
        }
    }
}
