package dev.concurrencylab.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.concurrencylab.engine.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lesson file's shape. A step names a bundled experiment ({@code "preset": "classic-io"}) or brings its own
 * ({@code "experiment": {...}}, an experiment file's object, whose {@code schemaVersion} may be left out); values
 * are checked by the records, and their {@link ConfigException}s re-raised here with the JSON path at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "title", "description", "steps"})
record LessonJson(Integer schemaVersion, String title, String description, List<Step> steps) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"title", "preset", "experiment", "question", "takeaway"})
    record Step(String title, String preset, ExperimentJson experiment, String question, String takeaway) {
    }

    Lesson toLesson() {
        checkVersion(schemaVersion);
        if (steps == null) {
            throw new ConfigException("steps", "is required: a list of steps, each with an experiment, a question "
                    + "and a takeaway");
        }
        List<LessonStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String at = "steps[" + i + "]";
            Step s = steps.get(i);
            if (s == null) {
                throw new ConfigException(at, "is empty; expected {\"preset\" or \"experiment\", \"question\", "
                        + "\"takeaway\"}");
            }
            ExperimentFile experiment = experiment(s, at);
            out.add(at(at, () -> new LessonStep(s.title(), s.preset(), experiment, s.question(), s.takeaway())));
        }
        return at("", () -> new Lesson(title, description, out));
    }

    private ExperimentFile experiment(Step s, String at) {
        if (s.preset() != null && s.experiment() != null) {
            throw new ConfigException(at, "names a preset and brings an experiment; give one of them");
        }
        if (s.preset() != null) {
            if (Presets.index().stream().noneMatch(f -> f.equals(s.preset() + ExperimentFiles.EXTENSION))) {
                throw new ConfigException(at + ".preset", "no preset '" + s.preset() + "'; available: "
                        + String.join(", ", Presets.list().stream().map(Preset::id).toList()));
            }
            return Presets.load(s.preset()).experiment();
        }
        if (s.experiment() == null) {
            throw new ConfigException(at, "needs \"preset\" (a bundled experiment's id) or \"experiment\" {...}");
        }
        ExperimentJson e = s.experiment();
        ExperimentJson versioned = e.schemaVersion() != null ? e : new ExperimentJson(schemaVersion, e.name(),
                e.description(), e.workload(), e.models(), e.settings(), e.sweep(), e.referenceSeconds(),
                e.referenceThreads(), e.checks());
        return at(at + ".experiment", versioned::toFile);
    }

    static void checkVersion(Integer version) {
        if (version == null) {
            throw new ConfigException("schemaVersion", "is required; this version writes " + Lesson.SCHEMA_VERSION);
        }
        if (version > Lesson.SCHEMA_VERSION) {
            throw new ConfigException("schemaVersion", "the lesson was written for a newer Concurrency Lab (schema "
                    + version + "); this version reads schema " + Lesson.SCHEMA_VERSION + " and older");
        }
        if (version < 1) {
            throw new ConfigException("schemaVersion", "must be between 1 and " + Lesson.SCHEMA_VERSION
                    + ", was " + version);
        }
    }

    /** Runs a constructor, re-raising its ConfigException with the field's JSON path under {@code prefix}. */
    private static <T> T at(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (ConfigException e) {
            String reason = e.getMessage().substring(e.field().length() + 2);
            String field = e.field().isEmpty() ? prefix : prefix.isEmpty() ? e.field()
                    : prefix + (e.field().startsWith("[") ? "" : ".") + e.field();
            throw new ConfigException(field, reason);
        }
    }
}
