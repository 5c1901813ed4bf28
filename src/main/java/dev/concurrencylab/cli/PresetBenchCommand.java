package dev.concurrencylab.cli;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.LessonCheck;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.render.MeasurementNote;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.ExperimentFileException;
import dev.concurrencylab.store.Preset;
import dev.concurrencylab.store.Presets;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench presets}: runs each preset (or experiment file) several times from the command line and prints,
 * per check its lesson relies on, how often it held, with every run's wall times. Exit status 0 when every
 * check that applies here held in every run, 1 when one did not, 2 for bad input.
 */
@Command(name = "presets", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run each preset N times and print how often each of its lesson's checks held, with the times.",
            "Exits with 0 when every check held every time, 1 when one did not, 2 for bad input."})
final class PresetBenchCommand implements Callable<Integer> {
    static final int MAX_RUNS = 100;

    @Parameters(paramLabel = "ID|preset:ID|FILE", arity = "0..*",
            description = "presets by id, or experiment files with checks (default: every bundled preset)")
    List<String> sources = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "runs of each preset (default 5)")
    int runs;

    @Override
    public Integer call() throws Exception {
        ConfigException.requireRange("runs", runs, 1, MAX_RUNS);
        List<Named> experiments = new ArrayList<>();
        List<String> sweeps = new ArrayList<>();
        if (sources.isEmpty()) {
            for (Preset p : Presets.list()) {
                if (p.experiment().sweep() == null) {
                    experiments.add(new Named(p.id(), p.experiment()));
                } else {
                    sweeps.add(p.id()); // a curve over worker counts, not one comparison: bench's sweep scenarios
                }
            }
        }
        for (String s : sources) { // all read before anything runs: a typo costs no run
            experiments.add(new Named(s, load(s)));
        }
        System.out.printf(Locale.ROOT, "Concurrency Lab bench presets — Java %s, %d cores, %s; %d runs each; "
                + "load average %s at the start%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), runs, loadAverage());
        if (!sweeps.isEmpty()) {
            System.out.println("not run here, their lessons are sweeps (see bench --only sweep): "
                    + String.join(", ", sweeps));
        }
        List<String> failed = new ArrayList<>();
        int judged = 0;
        for (Named e : experiments) {
            List<List<RunResult>> results = runAll(e);
            System.out.println();
            System.out.print(table(e, results));
            for (LessonCheck c : e.experiment().checks()) {
                Tally t = Tally.of(c, results);
                System.out.println(t.line());
                judged += t.skipped() == results.size() ? 0 : 1;
                if (t.failed() > 0) {
                    failed.add(e.id() + ": " + c.describe() + " held " + t.held() + " of " + results.size());
                }
            }
            if (e.experiment().checks().isEmpty()) {
                System.out.println("(no checks written down for this experiment)");
            }
        }
        System.out.printf(Locale.ROOT, "%nload average %s at the end%n", loadAverage());
        if (failed.isEmpty()) {
            System.out.printf(Locale.ROOT, "ALL HELD: %d checks, %d of %d runs each%n", judged, runs, runs);
            return 0;
        }
        failed.forEach(f -> System.out.println("FAILED " + f));
        return 1;
    }

    /** A bare preset id, {@code preset:ID}, or an experiment file. */
    private static ExperimentFile load(String source) throws ExperimentFileException {
        List<String> ids = Presets.list().stream().map(Preset::id).toList();
        if (ids.contains(source)) {
            return ExperimentSource.load(ExperimentSource.PRESET + source);
        }
        if (!source.startsWith(ExperimentSource.PRESET) && !isFile(source)) {
            throw new ExperimentFileException(source, "no such preset or file; presets: " + String.join(", ", ids));
        }
        return ExperimentSource.load(source);
    }

    private static boolean isFile(String source) {
        try {
            return Files.isRegularFile(Path.of(source));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private List<List<RunResult>> runAll(Named e) throws InterruptedException {
        List<List<RunResult>> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            System.err.printf(Locale.ROOT, "%s: run %d of %d%n", e.id(), i + 1, runs);
            List<RunOutput> out = Comparison.execute(e.experiment().config(), new CancelToken(), RunListener.NONE);
            all.add(out.stream().map(RunOutput::result).toList());
        }
        return all;
    }

    /** The preset's name, then one row per model: the wall time of every run and their median. */
    static String table(Named e, List<List<RunResult>> results) {
        StringBuilder b = new StringBuilder(e.id());
        if (e.experiment().name() != null) {
            b.append(": ").append(e.experiment().name());
        }
        b.append('\n');
        int width = Math.max(16, e.experiment().config().models().stream().mapToInt(m -> m.id().length()).max()
                .orElse(0));
        for (ModelEntry m : e.experiment().config().models()) {
            double[] walls = results.stream().mapToDouble(r -> wall(r, m)).toArray();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", m.id()));
            for (double w : walls) {
                row.append(String.format(Locale.ROOT, " %10s", Double.isNaN(w) ? "—" : SummaryTable.ms(w)));
            }
            String disturbed = MeasurementNote.count(results.stream().flatMap(r -> r.stream()
                    .filter(x -> x.entry().equals(m))).toList());
            b.append(row).append(String.format(Locale.ROOT, "   median %s%s%n", SummaryTable.ms(median(walls)),
                    disturbed.isEmpty() ? "" : "   (" + disturbed + ")"));
        }
        return b.toString();
    }

    private static double wall(List<RunResult> run, ModelEntry m) {
        return run.stream().filter(r -> r.entry().equals(m)).mapToDouble(RunResult::wallMs).findFirst().orElse(Double.NaN);
    }

    static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        return v.length == 0 ? Double.NaN : (v[(v.length - 1) / 2] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", l);
    }

    record Named(String id, ExperimentFile experiment) {
    }

    /** How one check fared over the runs. */
    record Tally(LessonCheck check, List<LessonCheck.Outcome> outcomes, int held, int failed, int skipped) {
        static Tally of(LessonCheck c, List<List<RunResult>> results) {
            List<LessonCheck.Outcome> out = results.stream().map(c::evaluate).toList();
            return new Tally(c, out, count(out, LessonCheck.Verdict.HELD), count(out, LessonCheck.Verdict.FAILED),
                    count(out, LessonCheck.Verdict.SKIPPED));
        }

        private static int count(List<LessonCheck.Outcome> out, LessonCheck.Verdict v) {
            return (int) out.stream().filter(o -> o.verdict() == v).count();
        }

        /** For example "  held 5 of 5   pool ≥ 1.60× sequential (on ≥ 2 cores)   1.93 1.95 1.90 1.94 1.92". */
        String line() {
            int n = outcomes.size();
            String head = skipped == n ? "skipped" : String.format(Locale.ROOT, "held %d of %d", held, n - skipped);
            StringBuilder values = new StringBuilder();
            for (LessonCheck.Outcome o : outcomes) {
                values.append(' ').append(Double.isNaN(o.value()) ? "—"
                        : String.format(Locale.ROOT, "%.2f", o.value()));
            }
            String why = outcomes.stream().map(LessonCheck.Outcome::reason).filter(r -> !r.isEmpty()).findFirst()
                    .map(r -> "  (" + r + ")").orElse("");
            return String.format(Locale.ROOT, "  %-14s %-48s%s%s", head, check.describe(), values, why);
        }
    }
}
