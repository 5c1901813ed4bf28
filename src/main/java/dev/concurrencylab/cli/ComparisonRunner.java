package dev.concurrencylab.cli;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LessonCheck;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.render.PublishedTimes;
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
        report.print(checkLines(experiment.checksFor(config), runs));
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
                    out -> PictureExport.write(config, description, runs, shown,
                            PublishedTimes.of(experiment, config), output, out));
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
                    experiment.referenceSeconds(), experiment.referenceThreads(), findings).getBytes(StandardCharsets.UTF_8))));
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

    /** Published times (a preset quoting the article, say) beside the measured ones, and what explains them. */
    static String referenceLines(ExperimentFile experiment, List<RunOutput> runs) {
        PublishedTimes published = new PublishedTimes(experiment.referenceSeconds(), experiment.referenceThreads());
        StringBuilder b = new StringBuilder();
        for (RunOutput o : runs) {
            RunResult r = o.result();
            String beside = published.beside(r.entry());
            if (!beside.isEmpty()) {
                b.append(String.format(Locale.ROOT, "%s: %s; measured %s, %d %s%n", r.label(), beside,
                        SummaryTable.ms(r.wallMs()), r.workers(), r.workers() == 1 ? "thread" : "threads"));
            }
        }
        published.notes(runs.stream().map(RunOutput::result).toList()).forEach(n -> b.append(n).append('\n'));
        return b.toString();
    }

    /** The lesson's checks judged on these runs, one line each ("held    pool ≥ 1.60× sequential: 1.93×"). */
    static String checkLines(List<LessonCheck> checks, List<RunOutput> runs) {
        StringBuilder b = new StringBuilder();
        List<RunResult> results = runs.stream().map(RunOutput::result).toList();
        for (LessonCheck c : checks) {
            b.append("lesson: ").append(c.evaluate(results).text()).append('\n');
        }
        return b.toString();
    }

    /** One line on stderr as each run starts and ends, naming the model by its entry (one kind may run twice). */
    private record Progress(ExperimentConfig config) implements RunListener {
        @Override
        public void warmingUp(int index, ModelKind model) {
            System.err.printf(Locale.ROOT, "%s: warming up%n", prefix(index));
        }

        @Override
        public void prepared(int index, ModelKind model, String note) {
            System.err.printf(Locale.ROOT, "%s: %s%n", prefix(index), note);
        }

        @Override
        public void runStarted(int index, ModelKind model, TraceRecorder trace) {
            System.err.printf(Locale.ROOT, "%s: running %d tasks%n", prefix(index), trace.taskCount());
        }

        @Override
        public void runFinished(int index, RunOutput output) {
            System.err.printf(Locale.ROOT, "%s: %s%n", prefix(index), SummaryTable.ms(output.result().wallMs()));
        }

        private String prefix(int index) {
            return "[" + (index + 1) + "/" + config.models().size() + "] " + config.models().get(index).id();
        }
    }
}
