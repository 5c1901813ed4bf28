package dev.concurrencylab.findings;

/**
 * When a finding is raised; the defaults are the ones the README documents.
 *
 * @param gilWaitShare        gil-contention: GIL_WAIT at least this share of the thread lanes' time
 * @param loopBlockMs         loop-blocked: the event loop computing at least this long without a break
 * @param loopMergeGapMs      loop-blocked: CPU steps closer than this count as one stretch of work
 * @param queueMedianMs       queueing: the median task waited at least this long before it started ...
 * @param queueWallShare      ... and at least this share of the wall time
 * @param oversubscribedShare oversubscribed: more lanes RUNNING than cores (or READY) for at least this share
 *                            of the run
 * @param connWaitShare       connection-pool-wait: CONN_WAIT at least this share of the thread lanes' time
 * @param processCostShare    spawn-cost, ipc-cost: at least this share (info) ...
 * @param processCostWarning  ... a warning from this share
 * @param tailShare           tail-imbalance: fewer than half the workers busy for at least this share of the run
 *                            (info) ...
 * @param tailWarning         ... a warning from this share
 * @param noGainSpeedUp       no-gain: a model less than this many times faster than sequential
 */
public record Thresholds(double gilWaitShare, double loopBlockMs, double loopMergeGapMs, double queueMedianMs,
                         double queueWallShare, double oversubscribedShare, double connWaitShare,
                         double processCostShare, double processCostWarning, double tailShare, double tailWarning,
                         double noGainSpeedUp) {

    public Thresholds {
        for (double v : new double[] {gilWaitShare, loopBlockMs, loopMergeGapMs, queueMedianMs, queueWallShare,
            oversubscribedShare, connWaitShare, processCostShare, processCostWarning, tailShare, tailWarning,
            noGainSpeedUp}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("thresholds must be finite and not negative, was " + v);
            }
        }
    }

    public static Thresholds defaults() {
        return new Thresholds(0.10, 50, 1, 10, 0.10, 0.25, 0.05, 0.05, 0.25, 0.10, 0.25, 1.10);
    }

    public Thresholds withLoopBlockMs(double v) {
        return new Thresholds(gilWaitShare, v, loopMergeGapMs, queueMedianMs, queueWallShare, oversubscribedShare,
                connWaitShare, processCostShare, processCostWarning, tailShare, tailWarning, noGainSpeedUp);
    }
}
