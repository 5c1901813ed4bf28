package dev.concurrencylab.cli;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.Workload;
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

    static int run(ExperimentConfig config, OutputOptions output, boolean comparison) throws Exception {
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
        report.print(SummaryTable.format(title, runs));
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
        return runs.stream().anyMatch(r -> r.result().cancelled()) ? 130 : 0;
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
