package dev.concurrencylab.cli;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.store.ChromeTrace;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.MetricsCsv;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import dev.concurrencylab.store.ResultsJson;
import dev.concurrencylab.store.TraceJson;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Runs an experiment for {@code run} and {@code compare}: progress on stderr, summary and files at the end. */
final class ComparisonRunner {
    private ComparisonRunner() {
    }

    static int run(ExperimentFile experiment, OutputOptions output, boolean comparison) throws Exception {
        ExperimentConfig config = experiment.config();
        PrintStream report = output.jsonToStdout() ? System.err : System.out;
        CancelToken cancel = new CancelToken();
        Thread hook = new Thread(cancel::cancel, "stop-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        if (output.png != null) {
            PictureExport.validate(output);
        }
        List<RunOutput> runs;
        String title;
        String description;
        try (Workload workload = Comparison.prepare(config)) {
            description = workload.describe();
            title = description + " on " + Runtime.getRuntime().availableProcessors() + " cores";
            runs = Comparison.execute(config, workload, cancel, new Progress(config));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        report.print(SummaryTable.format(title, runs, config));
        report.print(referenceLines(experiment, runs));
        if (output.json != null) {
            if (output.jsonToStdout()) {
                ResultsJson.write(System.out, runs, comparison);
                System.out.println();
            } else {
                ResultsJson.write(Path.of(output.json), runs, comparison);
            }
        }
        if (output.trace != null) {
            TraceJson.write(Path.of(output.trace), runs);
        }
        if (output.png != null) {
            Path png = PictureExport.write(config, description, runs, output);
            System.err.println("PNG written to " + png);
        }
        if (output.record != null) {
            RecordedRuns.write(Path.of(output.record), RecordedRun.now(experiment, runs));
        }
        if (output.csv != null) {
            MetricsCsv.write(Path.of(output.csv), runs, experiment.referenceSeconds());
        }
        if (output.chromeTrace != null) {
            ChromeTrace.write(Path.of(output.chromeTrace), runs);
        }
        return runs.stream().anyMatch(r -> r.result().cancelled()) ? 130 : 0;
    }

    /** Published times (a preset quoting the article, say) beside the measured ones. */
    static String referenceLines(ExperimentFile experiment, List<RunOutput> runs) {
        StringBuilder b = new StringBuilder();
        for (RunOutput o : runs) {
            Double ms = experiment.referenceMs(o.result().model());
            if (ms != null) {
                b.append(String.format(Locale.ROOT, "%s: published %s, measured %s%n", o.result().model().id(),
                        SummaryTable.ms(ms), SummaryTable.ms(o.result().wallMs())));
            }
        }
        return b.toString();
    }

    /** One line on stderr as each run starts and ends. */
    private record Progress(ExperimentConfig config) implements RunListener {
        @Override
        public void warmingUp(int index, ModelKind model) {
            System.err.printf(Locale.ROOT, "[%d/%d] %s: warming up%n", index + 1, config.models().size(), model);
        }

        @Override
        public void runStarted(int index, ModelKind model, TraceRecorder trace) {
            System.err.printf(Locale.ROOT, "[%d/%d] %s: running %d tasks%n", index + 1, config.models().size(),
                    model, trace.taskCount());
        }

        @Override
        public void runFinished(int index, RunOutput output) {
            System.err.printf(Locale.ROOT, "[%d/%d] %s: %s%n", index + 1, config.models().size(),
                    output.result().model(), SummaryTable.ms(output.result().wallMs()));
        }
    }
}
