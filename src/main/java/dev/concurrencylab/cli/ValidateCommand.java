package dev.concurrencylab.cli;

import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.ExperimentFileException;
import dev.concurrencylab.store.Lesson;
import dev.concurrencylab.store.LessonFiles;
import dev.concurrencylab.store.LessonStep;
import dev.concurrencylab.store.Lessons;
import dev.concurrencylab.store.Preset;
import dev.concurrencylab.store.Presets;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate}: checks experiment files (or recordings) and prints what they would run, running nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check experiment files or recordings and print what they would run, without running it.",
            "Exits with 2 if any file is bad, naming the line, the column and the field."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|preset:ID|lesson:ID", arity = "0..*",
            description = "experiment files (.json), lesson files (.json with \"steps\"), recordings ("
                    + RecordedRuns.EXTENSION + "), preset:ID or lesson:ID")
    List<String> files = new ArrayList<>();

    @Option(names = "--presets", description = "list the bundled presets and lessons")
    boolean presets;

    @Override
    public Integer call() {
        if (presets || files.isEmpty()) {
            for (Preset p : Presets.list()) {
                System.out.printf(Locale.ROOT, "preset:%-30s %s%n", p.id(), p.name());
            }
            for (Lessons.Bundled l : Lessons.list()) {
                System.out.printf(Locale.ROOT, "lesson:%-30s %s (%d steps)%n", l.id(), l.lesson().title(),
                        l.lesson().steps().size());
            }
        }
        int status = 0;
        for (String f : files) {
            try {
                System.out.print(f.endsWith(RecordedRuns.EXTENSION) ? recording(f)
                        : isLesson(f) ? lesson(f) : experiment(f));
            } catch (ExperimentFileException e) {
                System.err.println("Invalid file: " + TerminalText.escape(e.getMessage()));
                status = LabCommand.BAD_INPUT;
            } catch (ConfigException e) { // what compare would refuse: a file:// URL, an input file too big
                System.err.println("Invalid file: " + TerminalText.escape(f + ": " + e.getMessage()));
                status = LabCommand.BAD_INPUT;
            }
            System.out.println();
        }
        return status;
    }

    private static String recording(String file) throws ExperimentFileException {
        long t0 = System.nanoTime();
        RecordedRun run = RecordedRuns.read(Path.of(file));
        double ms = (System.nanoTime() - t0) / 1e6;
        long segments = run.runs().stream().mapToLong(r -> r.trace().segmentCount()).sum();
        String text = String.format(Locale.ROOT, "%s: valid recording of %d runs, %d segments%s, made %s on %s "
                + "(read in %s)%n", TerminalText.escape(file), run.runs().size(), segments, run.sweep().isEmpty() ? ""
                : " and a sweep of " + run.sweep().size() + " runs", run.recordedAt(),
                TerminalText.escape(run.machine()), SummaryTable.ms(ms)) + describe(run.experiment());
        if (!run.runs().isEmpty()) {
            text += SummaryTable.format("recorded results", run.runs(), run.experiment().config())
                    + ComparisonRunner.referenceLines(run.experiment(), run.runs())
                    + ComparisonRunner.checkLines(run.experiment().checks(), run.runs())
                    + FindingLines.format(run.runs(), ComparisonFindings.of(run.experiment().config().settings(),
                            run.runs()));
        }
        if (!run.sweep().isEmpty() && run.experiment().sweep() != null) {
            text += SweepSummary.format("recorded sweep", SweepResult.of(run.experiment().config(),
                    run.experiment().sweep(), run.sweep(), run.sweep().getFirst().result().cores()));
        }
        return text;
    }

    private static boolean isLesson(String f) {
        return f.startsWith("lesson:") || !Lessons.bundled(f) && LessonFiles.isLesson(Path.of(f));
    }

    private static String lesson(String file) throws ExperimentFileException {
        Lesson lesson = Lessons.resolve(file);
        StringBuilder b = new StringBuilder(file).append(": valid lesson (schema ").append(Lesson.SCHEMA_VERSION)
                .append("): ").append(lesson.title()).append(", ").append(lesson.steps().size())
                .append(lesson.steps().size() == 1 ? " step\n" : " steps\n");
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep s = lesson.steps().get(i);
            b.append(String.format(Locale.ROOT, "%3d. %s%n", i + 1, s.title() == null ? "(untitled)" : s.title()));
            b.append("     runs:     ").append(s.preset() != null ? "preset:" + s.preset() + ", " : "")
                    .append(workload(s.experiment().config().workload())).append(" on ")
                    .append(String.join(", ", s.experiment().config().models().stream().map(ModelEntry::id).toList()))
                    .append('\n');
            b.append("     asks:     ").append(wrap(s.question(), 80, "               ")).append('\n');
            Comparison.check(s.experiment().config()); // what compare would refuse, step by step
        }
        return b.append("would run:   concurrency-lab --lesson ").append(file).append('\n').toString();
    }

    private static String experiment(String file) throws ExperimentFileException {
        ExperimentFile e = ExperimentSource.load(file);
        Comparison.check(e.config()); // the checks compare makes before it runs, and no other
        String name = TerminalText.escape(file);
        StringBuilder b = new StringBuilder(name).append(": valid experiment (schema ")
                .append(e.writtenSchema()).append(")\n").append(describe(e));
        b.append("would run:   concurrency-lab compare --experiment ").append(name).append('\n');
        if (e.sweep() != null) {
            b.append("             concurrency-lab sweep --experiment ").append(name).append('\n');
        }
        return b.toString();
    }

    static String describe(ExperimentFile e) {
        ExperimentConfig c = e.config();
        StringBuilder b = new StringBuilder();
        if (e.name() != null) {
            b.append("name:        ").append(TerminalText.escape(e.name())).append('\n');
        }
        if (e.description() != null) {
            String words = TerminalText.escape(e.description().replaceAll("\\s+", " ")); // wrap() breaks lines
            b.append("description: ").append(wrap(words, 88, "             ")).append('\n');
        }
        b.append("workload:    ").append(workload(c.workload())).append('\n');
        ModelSettings s = c.settings();
        for (int i = 0; i < c.models().size(); i++) {
            ModelKind m = c.models().get(i).kind();
            int n = s.threadsFor(m, c.workload().tasks());
            b.append(i == 0 ? "models:      " : "             ").append(String.format(Locale.ROOT, "%d. %s: %d %s — %s%n",
                    i + 1, c.models().get(i).id(), n, m.startsProcesses() ? "processes" : n == 1 ? "thread" : "threads",
                    m.description() + (c.models().get(i).hasInterpreter() ? ", run in "
                            + TerminalText.escape(c.models().get(i).interpreter()) : "")));
        }
        b.append(String.format(Locale.ROOT, "settings:    workers %d, max in flight %s, GIL switch %s ms (%s), "
                + "max connections %s, executor threads %s, warm-up %s%n", s.workers(),
                s.maxInFlight() == 0 ? "no cap" : s.maxInFlight(), s.switchIntervalMs(), s.fairGil() ? "fair" : "unfair",
                s.maxConnections() == 0 ? "per model" : s.maxConnections(),
                s.executorThreads() == 0 ? "min(32, cores + 4)" : s.executorThreads(), s.warmup() ? "on" : "off"));
        if (e.sweep() != null) {
            b.append(String.format(Locale.ROOT, "sweep:       workers %s, %d repeats each (%d runs)%n",
                    e.sweep().workersText(), e.sweep().repeats(), SweepPlan.of(c.models(), e.sweep()).size()));
        }
        if (c.kinds().stream().anyMatch(ModelKind::inPython)) {
            b.append("python:      ").append(s.python().isEmpty() ? "python3, then python on PATH" : s.python())
                    .append('\n');
        }
        if (!e.referenceSeconds().isEmpty()) {
            List<String> refs = new ArrayList<>();
            e.referenceSeconds().forEach((m, sec) -> refs.add(m.id() + " " + sec + " s"
                    + (e.referenceThreads().containsKey(m) ? " (" + threads(e.referenceThreads().get(m)) + ")" : "")));
            b.append("published:   ").append(String.join(", ", refs)).append('\n');
        }
        for (int i = 0; i < e.checks().size(); i++) {
            b.append(i == 0 ? "checks:      " : "             ").append(e.checks().get(i).describe()).append('\n');
        }
        return b.toString();
    }

    private static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }

    /** Breaks text into lines of at most {@code width} characters, later lines indented. */
    static String wrap(String text, int width, String indent) {
        StringBuilder b = new StringBuilder();
        int line = 0;
        for (String word : text.split("\\s+")) {
            if (line > 0 && line + 1 + word.length() > width) {
                b.append('\n').append(indent);
                line = 0;
            } else if (line > 0) {
                b.append(' ');
                line++;
            }
            b.append(word);
            line += word.length();
        }
        return b.toString();
    }

    static String workload(WorkloadConfig w) {
        String d = switch (w.kind()) {
            case CPU_REGEX -> w.inputFile() != null ? "the lines of " + w.inputFile()
                    : w.tasks() + " strings of " + w.length() + " characters";
            case CPU_HASH -> w.tasks() + " tasks of " + w.hashRounds() + " SHA-256 rounds";
            case SLEEP -> w.tasks() + " waits of " + w.latencyMs() + " ms"
                    + (w.jitterMs() > 0 ? " + 0.." + w.jitterMs() + " ms jitter" : "");
            case HTTP -> w.tasks() + " requests of " + w.latencyMs() + " ms to "
                    + (w.urls().isEmpty() ? "the embedded latency server" : w.urls().size() + " URLs");
            case MIXED -> String.format(Locale.ROOT, "%d tasks of %d ms, %.0f %% on CPU", w.tasks(), w.latencyMs(),
                    w.cpuShare() * 100);
        };
        return w.kind().id() + ": " + d + ", seed " + w.seed();
    }
}
