package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a sweep's points say, per model: the median and range at each count, speed-ups against the model's first
 * count, the fitted laws, and for I/O work Little's law. Made from whatever has been measured so far, so the
 * window can show a sweep as it goes.
 *
 * @param curves one per model of the experiment, in its order
 * @param little Little's law for an I/O workload, or null
 * @param cores  the cores of the machine the points were measured on
 */
public record SweepAnalysis(List<ModelCurve> curves, LittleLaw little, int cores) {
    /**
     * A curve that never gains more than this over its first count, or whose fitted Amdahl's law does not at its
     * last count, "does not scale": N* would mean nothing.
     */
    public static final double NO_GAIN = 1.25;

    public SweepAnalysis {
        curves = List.copyOf(curves);
    }

    public static SweepAnalysis of(ExperimentConfig config, List<SweepPoint> points, int cores) {
        List<ModelCurve> curves = new ArrayList<>();
        for (ModelEntry m : config.models()) {
            curves.add(curve(m, points.stream().filter(p -> p.model().equals(m)).toList()));
        }
        return new SweepAnalysis(curves, LittleLaw.of(config.workload()), cores);
    }

    /** The curve of a model, or null when the sweep has none. */
    public ModelCurve curve(ModelEntry m) {
        return curves.stream().filter(c -> c.model().equals(m)).findFirst().orElse(null);
    }

    private static ModelCurve curve(ModelEntry entry, List<SweepPoint> points) {
        ModelKind m = entry.kind();
        if (points.isEmpty()) {
            return new ModelCurve(entry, 0, List.of(), null, null, "not measured yet");
        }
        Map<Integer, List<SweepPoint>> byCount = new TreeMap<>();
        for (SweepPoint p : points) {
            byCount.computeIfAbsent(p.workers(), k -> new ArrayList<>()).add(p);
        }
        double baseline = median(throughputs(byCount.values().iterator().next()));
        List<CurvePoint> stats = new ArrayList<>();
        for (Map.Entry<Integer, List<SweepPoint>> e : byCount.entrySet()) {
            double[] x = throughputs(e.getValue());
            double[] wall = e.getValue().stream().mapToDouble(SweepPoint::wallMs).toArray();
            double med = median(x);
            double min = Arrays.stream(x).min().orElse(0);
            double max = Arrays.stream(x).max().orElse(0);
            stats.add(new CurvePoint(e.getKey(), x.length, med, min, max, ratio(med, baseline), ratio(min, baseline),
                    ratio(max, baseline), median(wall)));
        }
        if (!SweepPlan.sweeps(m)) {
            return new ModelCurve(entry, baseline, stats, null, null, "one point: " + m.id()
                    + (m == ModelKind.SEQUENTIAL ? " runs one thread" : " runs a fixed pool of "
                    + stats.getFirst().workers() + " threads"));
        }
        if (stats.size() < ScalingFits.MIN_COUNTS) {
            return new ModelCurve(entry, baseline, stats, null, null, "points only: a fit needs "
                    + ScalingFits.MIN_COUNTS + " or more worker counts, has " + stats.size());
        }
        double[] n = stats.stream().mapToDouble(CurvePoint::workers).toArray();
        double[] s = stats.stream().mapToDouble(CurvePoint::speedup).toArray();
        try {
            AmdahlFit amdahl = ScalingFits.amdahl(n, s);
            UslFit usl = ScalingFits.usl(n, s);
            // the best median, or the law fitted to every count (steadier than one noisy count on a busy machine)
            double best = Arrays.stream(s).skip(1).max().orElse(1);
            double last = n[n.length - 1];
            double law = amdahl.speedup(last) / amdahl.speedup(n[0]);
            if (best <= NO_GAIN || law <= NO_GAIN) {
                return new ModelCurve(entry, baseline, stats, amdahl, usl.withoutPeak(), String.format(Locale.ROOT,
                        "no scaling: %.2f× at best, Amdahl's law %.2f× at %.0f", best, law, last));
            }
            return new ModelCurve(entry, baseline, stats, amdahl, usl, null);
        } catch (RuntimeException e) { // the optimiser gave up: say so rather than draw a wrong curve
            return new ModelCurve(entry, baseline, stats, null, null, "no fit: " + e.getMessage());
        }
    }

    private static double[] throughputs(List<SweepPoint> points) {
        return points.stream().mapToDouble(SweepPoint::throughput).toArray();
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The run that stands for a point when it is opened: the repeat whose throughput is the median (the lower of two). */
    public static SweepPoint representative(List<SweepPoint> points, ModelEntry m, int workers) {
        List<SweepPoint> mine = new ArrayList<>(points.stream()
                .filter(p -> p.model().equals(m) && p.workers() == workers).toList());
        if (mine.isEmpty()) {
            return null;
        }
        mine.sort((a, b) -> Double.compare(a.throughput(), b.throughput()));
        return mine.get((mine.size() - 1) / 2);
    }
}
