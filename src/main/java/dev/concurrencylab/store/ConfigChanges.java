package dev.concurrencylab.store;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a user changed in an experiment, in words ("workers 4 → 2", "models + forkjoin"), for a description
 * written for the setup before the change. The models' order is not a change: it moves the baseline of the
 * speed-ups, not what a description says.
 */
final class ConfigChanges {
    private ConfigChanges() {
    }

    /** True when {@code to} runs the setup {@code from} describes: same workload, settings and set of models. */
    static boolean sameSetup(ExperimentConfig from, ExperimentConfig to) {
        return to != null && from.workload().equals(to.workload()) && from.settings().equals(to.settings())
                && from.models().size() == to.models().size() && from.models().containsAll(to.models());
    }

    static List<String> between(ExperimentConfig from, ExperimentConfig to) {
        List<String> out = new ArrayList<>();
        WorkloadConfig a = from.workload();
        WorkloadConfig b = to.workload();
        field(out, "workload", a, b, w -> w.kind().id());
        field(out, "tasks", a, b, WorkloadConfig::tasks);
        field(out, "length", a, b, WorkloadConfig::length);
        field(out, "hash rounds", a, b, WorkloadConfig::hashRounds);
        field(out, "latency", a, b, w -> w.latencyMs() + " ms");
        field(out, "jitter", a, b, w -> w.jitterMs() + " ms");
        field(out, "CPU share", a, b, w -> Math.round(w.cpuShare() * 100) + " %");
        field(out, "seed", a, b, WorkloadConfig::seed);
        field(out, "input file", a, b, w -> Objects.toString(w.inputFile(), "none"));
        field(out, "URLs", a, b, w -> w.urls().isEmpty() ? "latency server" : w.urls().size() + "");
        ModelSettings s = from.settings();
        ModelSettings t = to.settings();
        field(out, "workers", s, t, ModelSettings::workers);
        field(out, "max in flight", s, t, x -> x.maxInFlight() == 0 ? "no cap" : x.maxInFlight());
        field(out, "GIL switch", s, t, x -> String.format(Locale.ROOT, "%.2f ms", x.switchIntervalMs()));
        field(out, "fair GIL", s, t, x -> x.fairGil() ? "on" : "off");
        field(out, "max connections", s, t, x -> x.maxConnections() == 0 ? "per model" : x.maxConnections());
        field(out, "executor threads", s, t, x -> x.executorThreads() == 0 ? "default" : x.executorThreads());
        field(out, "warm-up", s, t, x -> x.warmup() ? "on" : "off");
        field(out, "worker JVM flags", s, t, x -> x.workerJvmFlags().isEmpty() ? "none" : x.workerJvmFlags());
        field(out, "warm workers", s, t, x -> x.warmWorkers() ? "on" : "off");
        List<String> models = new ArrayList<>();
        to.models().stream().filter(m -> !from.models().contains(m)).forEach(m -> models.add("+ " + m.id()));
        from.models().stream().filter(m -> !to.models().contains(m)).forEach(m -> models.add("− " + m.id()));
        if (!models.isEmpty()) {
            out.add("models " + String.join(" ", models));
        }
        return out;
    }

    private static <T> void field(List<String> out, String name, T from, T to, Function<T, Object> value) {
        Object a = value.apply(from);
        Object b = value.apply(to);
        if (!a.equals(b)) {
            out.add(name + " " + a + " → " + b);
        }
    }
}
