package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.ModelEntry;
import java.util.List;

/**
 * A model's measured curve and the laws fitted to it.
 *
 * @param baseline tasks per second at the model's first count (median), which speed-ups are taken against
 * @param amdahl   Amdahl's law, or null where no fit was made
 * @param usl      the Universal Scalability Law, or null where no fit was made
 * @param note     why there is no fit, or that the curve does not scale; null when there is nothing to say
 */
public record ModelCurve(ModelEntry model, double baseline, List<CurvePoint> points, AmdahlFit amdahl, UslFit usl,
                         String note) {
    public ModelCurve {
        points = List.copyOf(points);
    }

    /** A run's speed-up against this model's first count. */
    public double speedup(SweepPoint p) {
        return baseline > 0 ? p.throughput() / baseline : 0;
    }

    public boolean fitted() {
        return usl != null;
    }

    /** The count the speed-ups are taken against, or 0 before anything was measured. */
    public int firstCount() {
        return points.isEmpty() ? 0 : points.getFirst().workers();
    }
}
