package dev.concurrencylab.render;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.store.ExperimentFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Published wall times (a preset quoting the article) as they stand beside the measured ones, with the threads
 * each was measured with and a note where the setups differ in a way the numbers show: the words the window's
 * summary, the PNG and the command line share.
 *
 * @param seconds published wall time per model entry, in seconds, for the results shown
 * @param threads the threads each published time was measured with, where known
 */
public record PublishedTimes(Map<ModelEntry, Double> seconds, Map<ModelEntry, Integer> threads) {
    public static final PublishedTimes NONE = new PublishedTimes(Map.of(), Map.of());

    public PublishedTimes {
        seconds = seconds == null ? Map.of() : Map.copyOf(seconds);
        threads = threads == null ? Map.of() : Map.copyOf(threads);
    }

    /** The times of {@code experiment} that apply to results of {@code shown}, with their thread counts. */
    public static PublishedTimes of(ExperimentFile experiment, ExperimentConfig shown) {
        Map<ModelEntry, Double> s = experiment.publishedFor(shown);
        Map<ModelEntry, Integer> t = new LinkedHashMap<>();
        experiment.referenceThreads().forEach((m, n) -> {
            if (s.containsKey(m)) {
                t.put(m, n);
            }
        });
        return new PublishedTimes(s, t);
    }

    /** For example "published 3.43 s, 12 threads"; "" where the model has no published time. */
    public String beside(ModelEntry model) {
        Double s = seconds.get(model);
        if (s == null) {
            return "";
        }
        Integer n = threads.get(model);
        String time = s >= 1 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.0f ms", s * 1000);
        return "published " + time + (n == null ? "" : ", " + n + (n == 1 ? " thread" : " threads"));
    }

    /**
     * One line per published time whose setup the numbers alone would not explain. Today: the article's
     * "asyncio" ran Python's default executor, whose size depends on the machine's cores.
     */
    public List<String> notes(List<RunResult> results) {
        List<String> out = new ArrayList<>();
        for (RunResult r : results) {
            boolean article = r.model() == ModelKind.ARTICLE_ASYNCIO || r.model() == ModelKind.CPYTHON_ARTICLE_ASYNCIO;
            if (article && seconds.containsKey(r.entry()) && out.isEmpty()) {
                Integer there = threads.get(r.entry());
                int byDefault = ModelSettings.executorDefault(r.cores());
                out.add("The article's \"asyncio\" was run_in_executor, Python's default min(32, cores + 4) threads: "
                        + (there == null ? "" : there + " there" + (there < 32 ? " (" + (there - 4) + " CPUs)" : "")
                        + ", ") + byDefault + " on these " + r.cores() + " cores; this run used " + r.workers() + ".");
                // one note is enough when both the JVM's and CPython's run it: the setting is the same
            }
        }
        return out;
    }
}
