package dev.concurrencylab.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LessonCheck;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.TargetUrls;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.sweep.SweepSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The experiment file's shape. It mirrors the config records with every value optional, so a hand-written
 * file may leave out what it does not change (missing values take the workload kind's defaults), and so a
 * renamed engine field cannot silently change the file format. Values are checked by the records themselves;
 * their {@link ConfigException}s are re-raised here with the JSON path of the field at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "name", "description", "workload", "models", "settings", "sweep",
    "referenceSeconds", "referenceThreads", "checks"})
record ExperimentJson(Integer schemaVersion, String name, String description, Workload workload,
                      List<String> models, Settings settings, Sweep sweep, Map<String, Double> referenceSeconds,
                      Map<String, Integer> referenceThreads, List<Check> checks) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Workload(String kind, Integer tasks, Integer length, Long seed, String inputFile, Integer hashRounds,
                    Integer latencyMs, Integer jitterMs, Double cpuShare, List<String> urls, Integer deadlineMs,
                    Long maxBodyBytes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Settings(Integer workers, Integer maxInFlight, Double switchIntervalMs, Boolean fairGil,
                    Integer maxConnections, Boolean warmup, String workerJvmFlags, String python,
                    Integer executorThreads) {
    }

    /** A sweep: the counts as text ({@code "1..8"}, {@code "1,2,4,8"}) and the repeats (default 3). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sweep(String workers, Integer repeats) {
        static Sweep from(SweepSpec s) {
            return s == null ? null : new Sweep(s.workersText(), s.repeats());
        }

        SweepSpec toSpec() {
            try {
                return SweepSpec.parse(workers, repeats == null ? SweepSpec.DEFAULT_REPEATS : repeats);
            } catch (ConfigException e) {
                String field = e.field().equals(SweepSpec.REPEAT) ? "repeats" : e.field();
                throw new ConfigException("sweep." + field, e.getMessage().substring(e.field().length() + 2));
            }
        }
    }

    /**
     * A lesson check: {@code {"speedUp": "pool", "over": "sequential", "atLeast": 1.6, "minCores": 2}} or
     * {@code {"efficiency": "virtual", "atLeast": 0.8}}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"speedUp", "over", "efficiency", "atLeast", "atMost", "minCores"})
    record Check(String speedUp, String over, String efficiency, Double atLeast, Double atMost, Integer minCores) {
        static Check from(LessonCheck c) {
            return new Check(c.isSpeedUp() ? c.model().id() : null, c.isSpeedUp() ? c.over().id() : null,
                    c.isSpeedUp() ? null : c.model().id(), c.atLeast(), c.atMost(), c.minCores() == 1 ? null : c.minCores());
        }

        LessonCheck toCheck() {
            if ((speedUp == null) == (efficiency == null)) {
                throw new ConfigException("", "give either \"speedUp\" (with \"over\") or \"efficiency\"");
            }
            if (speedUp != null && over == null) {
                throw new ConfigException("over", "is required with speedUp: the model it is compared with");
            }
            if (efficiency != null && over != null) {
                throw new ConfigException("over", "belongs to a speedUp check, not to efficiency");
            }
            ModelEntry model = at(speedUp != null ? "speedUp" : "efficiency",
                    () -> parseModel(speedUp != null ? speedUp : efficiency));
            ModelEntry base = over == null ? null : at("over", () -> parseModel(over));
            return new LessonCheck(model, base, atLeast, atMost, minCores == null ? 1 : minCores);
        }
    }

    static ExperimentJson from(ExperimentFile file) {
        ExperimentConfig c = file.config();
        WorkloadConfig w = c.workload();
        ModelSettings s = c.settings();
        Map<String, Double> ref = new LinkedHashMap<>();
        file.referenceSeconds().forEach((m, v) -> ref.put(m.id(), v));
        Map<String, Integer> threads = new LinkedHashMap<>();
        file.referenceThreads().forEach((m, v) -> threads.put(m.id(), v));
        return new ExperimentJson(file.writtenSchema(), file.name(), file.description(),
                new Workload(w.kind().id(), w.tasks(), w.length(), w.seed(), w.inputFile(), w.hashRounds(),
                        w.latencyMs(), w.jitterMs(), w.cpuShare(), w.urls().isEmpty() ? null : w.urls(),
                        w.deadlineMs() == 0 ? null : w.deadlineMs(), w.maxBodyBytes() == 0 ? null : w.maxBodyBytes()),
                c.models().stream().map(ModelEntry::id).toList(),
                new Settings(s.workers(), s.maxInFlight(), s.switchIntervalMs(), s.fairGil(), s.maxConnections(),
                        s.warmup(), s.workerJvmFlags().isEmpty() ? null : s.workerJvmFlags(),
                        s.python().isEmpty() ? null : s.python(), s.executorThreads() == 0 ? null : s.executorThreads()),
                Sweep.from(file.sweep()), ref.isEmpty() ? null : ref, threads.isEmpty() ? null : threads,
                file.checks().isEmpty() ? null : file.checks().stream().map(Check::from).toList());
    }

    /** Checks the version and builds the records; a bad value throws a ConfigException naming its JSON path. */
    ExperimentFile toFile() {
        checkVersion(schemaVersion);
        if (workload == null) {
            throw new ConfigException("workload", "is required: an object with at least \"kind\"");
        }
        WorkloadConfig w = at("workload", this::workloadConfig);
        ModelSettings s = at("settings", this::modelSettings);
        List<ModelEntry> entries = modelEntries();
        ExperimentConfig config = at("", () -> new ExperimentConfig(w, entries, s));
        Map<ModelEntry, Double> ref = new LinkedHashMap<>();
        if (referenceSeconds != null) {
            referenceSeconds.forEach((id, v) -> ref.put(at("referenceSeconds." + id, () -> parseModel(id)), v));
        }
        Map<ModelEntry, Integer> threads = new LinkedHashMap<>();
        if (referenceThreads != null) {
            referenceThreads.forEach((id, v) -> threads.put(at("referenceThreads." + id, () -> parseModel(id)), v));
        }
        List<LessonCheck> lessonChecks = new ArrayList<>();
        if (checks != null) {
            for (int i = 0; i < checks.size(); i++) {
                Check c = checks.get(i);
                if (c == null) {
                    throw new ConfigException("checks[" + i + "]", "is empty; expected {\"speedUp\": ...} or "
                            + "{\"efficiency\": ...}");
                }
                lessonChecks.add(at("checks[" + i + "]", c::toCheck));
            }
        }
        SweepSpec sweepSpec = sweep == null ? null : sweep.toSpec();
        return at("", () -> new ExperimentFile(name, description, config, ref, threads, lessonChecks, sweepSpec));
    }

    static void checkVersion(Integer version) {
        if (version == null) {
            throw new ConfigException("schemaVersion", "is required; this version writes "
                    + ExperimentFile.SCHEMA_VERSION);
        }
        if (version > ExperimentFile.SCHEMA_VERSION) {
            throw new ConfigException("schemaVersion", "the file was written by a newer Concurrency Lab (schema "
                    + version + "); this version reads schema " + ExperimentFile.SCHEMA_VERSION
                    + " and older: update the app to open it");
        }
        if (version < 1) {
            throw new ConfigException("schemaVersion", "must be between 1 and " + ExperimentFile.SCHEMA_VERSION
                    + ", was " + version);
        }
    }

    private WorkloadConfig workloadConfig() {
        if (workload.kind() == null) {
            throw new ConfigException("kind", "is required; allowed: " + WorkloadKind.allowed());
        }
        WorkloadConfig d = WorkloadConfig.defaults(WorkloadKind.parse(workload.kind()));
        Workload x = workload;
        return new WorkloadConfig(d.kind(), or(x.tasks(), d.tasks()), or(x.length(), d.length()),
                or(x.seed(), d.seed()), x.inputFile(), or(x.hashRounds(), d.hashRounds()),
                or(x.latencyMs(), d.latencyMs()), or(x.jitterMs(), d.jitterMs()), or(x.cpuShare(), d.cpuShare()),
                x.urls() == null ? d.urls() : noNulls(x.urls()), or(x.deadlineMs(), 0), or(x.maxBodyBytes(), 0L));
    }

    private ModelSettings modelSettings() {
        ModelSettings d = ModelSettings.defaults();
        if (settings == null) {
            return d;
        }
        Settings x = settings;
        return new ModelSettings(or(x.workers(), d.workers()), or(x.maxInFlight(), d.maxInFlight()),
                or(x.switchIntervalMs(), d.switchIntervalMs()), or(x.fairGil(), d.fairGil()),
                or(x.maxConnections(), d.maxConnections()), or(x.warmup(), d.warmup()),
                or(x.workerJvmFlags(), d.workerJvmFlags()), d.warmWorkers(), or(x.python(), d.python()),
                or(x.executorThreads(), d.executorThreads()));
    }

    private List<ModelEntry> modelEntries() {
        if (models == null) {
            return null;
        }
        List<ModelEntry> entries = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            String id = models.get(i);
            entries.add(id == null ? null : at("models[" + i + "]", () -> parseModel(id)));
        }
        return entries;
    }

    /** A model, or a CPython model with its interpreter: {@code cpython-sequential@pypy3}. */
    private static ModelEntry parseModel(String id) {
        try {
            return ModelEntry.parse(id);
        } catch (ConfigException e) {
            if (id.contains(ModelEntry.AT)) { // the entry's own words: which part is wrong
                throw new ConfigException("", e.getMessage().substring(e.field().length() + 2));
            }
            throw new ConfigException("", "unknown model '" + id + "'; allowed: " + ModelKind.allowed());
        }
    }

    private static List<String> noNulls(List<String> urls) {
        if (urls.contains(null)) {
            throw new ConfigException("urls", "contains an empty entry");
        }
        return urls;
    }

    /** Runs a record constructor, re-raising its ConfigException with the field's JSON path. */
    private static <T> T at(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (ConfigException e) {
            String reason = e.getMessage().substring(e.field().length() + 2);
            throw new ConfigException(jsonPath(prefix, e.field()), reason);
        }
    }

    /** {@code ("workload", "hash-rounds")} → {@code workload.hashRounds}; the engine names fields in kebab case. */
    static String jsonPath(String prefix, String field) {
        String f = field;
        if (prefix.equals("workload") && f.equals("workload")) {
            f = "kind";
        } else if (f.equals("model")) {
            f = "";
        } else if (f.equals(TargetUrls.FIELD)) {
            f = "urls"; // the engine names one bad URL; the file holds the list
        }
        StringBuilder camel = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch == '-' && i + 1 < f.length()) {
                camel.append(Character.toUpperCase(f.charAt(++i)));
            } else {
                camel.append(ch);
            }
        }
        if (prefix.isEmpty()) {
            return camel.toString();
        }
        return camel.isEmpty() ? prefix : prefix + (camel.charAt(0) == '[' ? "" : ".") + camel;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
