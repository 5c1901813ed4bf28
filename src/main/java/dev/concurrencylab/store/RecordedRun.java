package dev.concurrencylab.store;

import dev.concurrencylab.engine.RunOutput;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A comparison kept for later: the experiment, and each run's result and whole trace, so the timelines and
 * charts can be shown (and replayed) without running anything.
 *
 * @param recordedAt when the runs ended
 * @param machine    where they ran, e.g. {@code 8 cores, Java 25, Linux}
 */
public record RecordedRun(ExperimentFile experiment, List<RunOutput> runs, Instant recordedAt, String machine) {
    public RecordedRun {
        if (experiment == null || runs == null || recordedAt == null) {
            throw new IllegalArgumentException("experiment, runs and recordedAt are required");
        }
        runs = List.copyOf(runs);
        machine = machine == null ? "" : machine;
    }

    /** Runs that just ended on this machine. */
    public static RecordedRun now(ExperimentFile experiment, List<RunOutput> runs) {
        return new RecordedRun(experiment, runs, Instant.now(), thisMachine());
    }

    static String thisMachine() {
        return String.format(Locale.ROOT, "%d cores, Java %s, %s %s", Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(), System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
