package dev.concurrencylab.findings;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The findings of a comparison, per run in the comparison's order. Within a run warnings come first, then kinds in
 * {@link FindingKind}'s order; numbers count through the whole comparison from 1, so "finding 3" names the same
 * marker on the timeline, line in the list and line in a picture.
 */
public record ComparisonFindings(List<List<Finding>> runs) {
    public static final ComparisonFindings NONE = new ComparisonFindings(List.of());
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::kind).thenComparingLong(Finding::startNanos);
    private static final List<Detector> DETECTORS = List.of(new GilContention(), new LoopBlocking(),
            new Oversubscription(), new ConnectionPoolWait(), new Queueing(), ProcessCost.spawn(), ProcessCost.ipc(),
            new TailImbalance(), new Failures());

    public ComparisonFindings {
        runs = runs.stream().map(List::copyOf).toList();
    }

    /** A finding with its number in the comparison and the run it belongs to. */
    public record Numbered(int number, int run, Finding finding) {
    }

    /** @param settings the comparison's settings (for the connection pool's size), or null where unknown */
    public static ComparisonFindings of(ModelSettings settings, List<RunOutput> runs) {
        return of(settings, runs, Thresholds.defaults());
    }

    public static ComparisonFindings of(ModelSettings settings, List<RunOutput> runs, Thresholds limits) {
        List<List<Finding>> all = new ArrayList<>();
        for (RunOutput run : runs) {
            RunProfile profile = new RunProfile(run, settings);
            List<Finding> found = new ArrayList<>();
            for (Detector d : DETECTORS) {
                d.find(profile, limits).ifPresent(found::add);
            }
            all.add(found);
        }
        Optional<RunOutput> sequential = runs.stream()
                .filter(r -> r.result().model() == ModelKind.SEQUENTIAL).findFirst();
        for (int i = 0; i < runs.size() && sequential.isPresent(); i++) {
            List<Finding> found = all.get(i);
            NoGain.find(sequential.get().result(), runs.get(i).result(), found, limits).ifPresent(found::add);
        }
        all.forEach(list -> list.sort(ORDER));
        return new ComparisonFindings(all);
    }

    /** The findings of run {@code index}; none for a run past the end. */
    public List<Finding> run(int index) {
        return index >= 0 && index < runs.size() ? runs.get(index) : List.of();
    }

    /** Every finding with its number, in order. */
    public List<Numbered> numbered() {
        List<Numbered> out = new ArrayList<>();
        int n = 1;
        for (int r = 0; r < runs.size(); r++) {
            for (Finding f : runs.get(r)) {
                out.add(new Numbered(n++, r, f));
            }
        }
        return out;
    }

    /** The number of run {@code index}'s first finding (later ones follow on). */
    public int firstNumber(int index) {
        int n = 1;
        for (int r = 0; r < index && r < runs.size(); r++) {
            n += runs.get(r).size();
        }
        return n;
    }

    public boolean isEmpty() {
        return runs.stream().allMatch(List::isEmpty);
    }

    /** The run's finding of a kind, if it has one. */
    public Optional<Finding> find(int index, FindingKind kind) {
        return run(index).stream().filter(f -> f.kind() == kind).findFirst();
    }
}
