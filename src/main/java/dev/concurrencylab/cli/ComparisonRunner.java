package dev.concurrencylab.cli;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.store.ChromeTrace;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.MetricsCsv;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import dev.concurrencylab.store.ResultsJson;
import dev.concurrencylab.store.TraceJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Runs an experiment for {@code run} and {@code compare}: progress on stderr, summary and files at the end. */
final class ComparisonRunner {
    private ComparisonRunner() {
    }

    /** Exit status of a run in which a task failed, or an output could not be written. */
    static final int FAILED = 1;
    /** Exit status of a run stopped by Ctrl-C, as a shell reports a process ended by SIGINT. */
    static final int STOPPED = 130;

    static int run(ExperimentFile experiment, OutputOptions output, boolean comparison) throws Exception {
        ExperimentConfig config = experiment.config();
        Outputs.check(output.given()); // a path that cannot be written costs no run
        if (output.png != null) {
            PictureExport.validate(output);
        }
        PrintStream report = Outputs.usesStdout(output.given()) ? System.err : System.out;
        CancelToken cancel = new CancelToken();
        Thread hook = new Thread(cancel::cancel, "stop-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
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
        ComparisonFindings findings = ComparisonFindings.of(config.settings(), runs);
        report.print(SummaryTable.format(title, runs, config));
        report.print(referenceLines(experiment, runs));
        report.print(FindingLines.format(runs, findings));
        List<String> notWritten = new ArrayList<>();
        Consumer<String> note = why -> {
            if (why != null) {
                notWritten.add(why);
            }
        };
        if (output.json != null) {
            note.accept(Outputs.write("json", output.json, out -> {
                ResultsJson.write(out, runs, findings, comparison);
                if (output.json.equals("-")) {
                    out.write('\n');
                }
            }));
        }
        if (output.trace != null) {
            note.accept(Outputs.write("trace", output.trace, out -> TraceJson.write(out, runs)));
        }
        if (output.png != null) {
            ComparisonFindings shown = output.noFindings ? ComparisonFindings.NONE : findings;
            String why = Outputs.write("png", output.png,
                    out -> PictureExport.write(config, description, runs, shown, output, out));
            note.accept(why);
            if (why == null && !output.png.equals("-")) {
                System.err.println("PNG written to " + Path.of(output.png).toAbsolutePath());
            }
        }
        if (output.record != null) {
            note.accept(Outputs.write("record", output.record,
                    out -> RecordedRuns.write(out, RecordedRun.now(experiment, runs))));
        }
        if (output.csv != null) {
            note.accept(Outputs.write("csv", output.csv, out -> out.write(MetricsCsv.format(runs,
                    experiment.referenceSeconds(), findings).getBytes(StandardCharsets.UTF_8))));
        }
        if (output.chromeTrace != null) {
            note.accept(Outputs.write("chrome-trace", output.chromeTrace, out -> ChromeTrace.write(out, runs)));
        }
        notWritten.forEach(System.err::println);
        if (runs.stream().anyMatch(r -> r.result().cancelled())) {
            return STOPPED;
        }
        boolean failedTasks = runs.stream().anyMatch(r -> r.result().errors() > 0);
        return failedTasks || !notWritten.isEmpty() ? FAILED : 0;
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
        public void prepared(int index, ModelKind model, String note) {
            System.err.printf(Locale.ROOT, "[%d/%d] %s: %s%n", index + 1, config.models().size(), model, note);
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
