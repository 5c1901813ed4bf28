package dev.concurrencylab.store;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.sweep.SweepPoint;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A comparison kept for later: the experiment, and each run's result and whole trace, so the timelines and
 * charts can be shown (and replayed) without running anything.
 *
 * @param recordedAt when the runs ended
 * @param machine    where they ran, e.g. {@code 8 cores, Java 25, Linux}
 * @param sweep      the points of a sweep of the experiment (its counts and repeats are the experiment's
 *                   {@link ExperimentFile#sweep()}), results only; empty where there was none
 */
public record RecordedRun(ExperimentFile experiment, List<RunOutput> runs, Instant recordedAt, String machine,
                          List<SweepPoint> sweep) {
    public RecordedRun {
        if (experiment == null || runs == null || recordedAt == null) {
            throw new IllegalArgumentException("experiment, runs and recordedAt are required");
        }
        runs = List.copyOf(runs);
        machine = machine == null ? "" : machine;
        // a sweep's traces stay in the window: dozens of them would make the file large for little use
        sweep = sweep == null ? List.of() : sweep.stream().map(SweepPoint::withoutTrace).toList();
    }

    public RecordedRun(ExperimentFile experiment, List<RunOutput> runs, Instant recordedAt, String machine) {
        this(experiment, runs, recordedAt, machine, List.of());
    }

    /** Runs that just ended on this machine. */
    public static RecordedRun now(ExperimentFile experiment, List<RunOutput> runs) {
        return new RecordedRun(experiment, runs, Instant.now(), thisMachine());
    }

    /** A sweep that just ended on this machine (and the comparison runs shown beside it, if any). */
    public static RecordedRun now(ExperimentFile experiment, List<RunOutput> runs, List<SweepPoint> sweep) {
        return new RecordedRun(experiment, runs, Instant.now(), thisMachine(), sweep);
    }

    static String thisMachine() {
        return String.format(Locale.ROOT, "%d cores, Java %s, %s %s", Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(), System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
