package dev.concurrencylab.cli;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: the reference scenarios, with their targets checked and the recorder's cost measured. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = PresetBenchCommand.class,
        description = {"Run the reference scenarios and print wall, bound, efficiency and the targets.",
            "'bench presets' runs the presets and checks their lessons."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "smaller scenarios (200 regex strings, 50 sleeps), for a fast check")
    boolean quick;

    @Option(names = "--only", paramLabel = "NAME", description = "run only scenarios whose name contains NAME")
    String only;

    private final List<String> verdicts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        System.out.printf(Locale.ROOT, "Concurrency Lab bench — Java %s, %d cores, %s%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
        for (BenchScenario s : BenchScenario.all(quick)) {
            if (only != null && !s.name().contains(only)) {
                continue;
            }
            runScenario(s);
        }
        if (only == null || SweepBench.names().stream().anyMatch(n -> n.contains(only))) {
            new SweepBench(quick, verdicts).run(only);
        }
        if (only == null || "recorder".contains(only)) {
            recorderCost();
        }
        if (only == null || "recording".contains(only)) {
            recordingCost();
        }
        if (only == null || "findings".contains(only)) {
            findingsCost();
        }
        System.out.println();
        verdicts.forEach(System.out::println);
        return 0;
    }

    private void runScenario(BenchScenario s) throws InterruptedException {
        List<RunOutput> runs = Comparison.execute(s.config(), new CancelToken(), RunListener.NONE);
        System.out.print(SummaryTable.format(s.name(), runs, s.config()));
        String note = s.note().apply(runs);
        if (!note.isEmpty()) {
            System.out.print(note);
        }
        System.out.println();
        for (BenchScenario.Target t : s.targets()) {
            verdicts.add(t.check(runs));
        }
        if (s.name().startsWith("cpu-regex")) {
            lastRegexRuns = runs;
        }
    }

    private List<RunOutput> lastRegexRuns = List.of();

    private void recordingCost() throws java.io.IOException {
        RecordingCost.Cost c = RecordingCost.measure();
        System.out.printf(Locale.ROOT, "recording of %,d segments: %.2f MB, saved in %.0f ms, opened in %.0f ms "
                + "(first; %.0f ms CPU) / %.0f ms (best of 3)%n", RecordingCost.SEGMENTS, c.bytes() / 1e6, c.saveMs(),
                c.firstOpenMs(), c.firstOpenCpuMs(), c.bestOpenMs());
        verdicts.add(String.format(Locale.ROOT, "%s recording of 100,000 segments < 10 MB: %.2f MB",
                c.bytes() < 10_000_000 ? "PASS" : "FAIL", c.bytes() / 1e6));
        verdicts.add(String.format(Locale.ROOT, "%s recording opens in < 2 s: %.0f ms (first open in this JVM)",
                c.firstOpenMs() < 2000 ? "PASS" : "FAIL", c.firstOpenMs()));
    }

    private void findingsCost() {
        for (FindingsCost.Cost c : FindingsCost.measure()) {
            System.out.printf(Locale.ROOT, "findings of %,d segments, %s: %d found, first %.0f ms, best %.0f ms "
                    + "(%.0f ms CPU)%n", FindingsCost.SEGMENTS, c.shape(), c.findings(), c.firstMs(), c.bestMs(),
                    c.bestCpuMs());
            verdicts.add(String.format(Locale.ROOT, "%s findings of 1,000,000 segments (%s) < 200 ms: %.0f ms "
                    + "(best of 5; first %.0f ms)", c.bestMs() < 200 ? "PASS" : "FAIL", c.shape(), c.bestMs(),
                    c.firstMs()));
        }
    }

    private void recorderCost() {
        double ns = RecorderCost.nanosPerSegment();
        System.out.printf(Locale.ROOT, "recorder: %.1f ns per segment (open + close, two clock reads)%n", ns);
        verdicts.add(String.format(Locale.ROOT, "%s recorder ≤ 100 ns per event: %.1f ns",
                ns <= 100 ? "PASS" : "FAIL", ns));
        for (RunOutput r : lastRegexRuns) {
            RunResult res = r.result();
            double share = res.segments() * ns / (res.wallMs() * 1e6 / Math.max(1, res.lanes()));
            verdicts.add(String.format(Locale.ROOT, "%s tracing ≤ 2 %% of wall (%s): %.4f %% (%d segments)",
                    share <= 0.02 ? "PASS" : "FAIL", res.model(), share * 100, res.segments()));
        }
    }
}
