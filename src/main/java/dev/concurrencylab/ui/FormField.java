package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.TargetUrls;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The experiment form's fields, in one table: each field's id (the engine's {@code ConfigException} field name,
 * so an error lands beside its field), what the window shows for it (title, unit, the slider's range and step)
 * and when it applies (which workloads, which models). The form reads a field only while it applies, and the
 * window shows it only then, both from {@link #appliesTo}; so a hidden field can never block Run.
 */
enum FormField {
    TASKS("tasks", "Tasks", "", new Range(1, 1000, 1), Applies.ALWAYS),
    LENGTH("length", "CPU work", "chars", new Range(10, 5000, 10), Applies.workloads(WorkloadKind.CPU_REGEX)),
    HASH_ROUNDS("hash-rounds", "CPU work", "rounds", new Range(1000, 200_000, 1000),
            Applies.workloads(WorkloadKind.CPU_HASH)),
    /** sleep, http: the shortest wait (the range field's low end); mixed: a task's whole length. */
    LATENCY("latency-ms", "Task length", "ms", new Range(0, 1000, 1),
            Applies.workloads(WorkloadKind.SLEEP, WorkloadKind.HTTP, WorkloadKind.MIXED)),
    /** sleep, http: the range field's width. */
    JITTER("jitter-ms", "Jitter", "ms", new Range(0, 1000, 1), Applies.workloads(WorkloadKind.SLEEP, WorkloadKind.HTTP)),
    CPU_SHARE("cpu-share", "CPU share", "%", new Range(0, 100, 1), Applies.workloads(WorkloadKind.MIXED)),
    MAX_CONNECTIONS("max-connections", "Max connections", "", new Range(0, 200, 1),
            Applies.workloads(WorkloadKind.HTTP)),
    URLS(TargetUrls.FIELD, "URLs (optional)", "", null, Applies.workloads(WorkloadKind.HTTP)),
    /** On a doubling scale, snapping to 1, 2, 4, … 64: on a linear one 2 was a few pixels from 1. */
    WORKERS("workers", "Workers", "threads", Range.doubling(1, ExperimentForm.MAX_WORKERS), Applies.ALWAYS),
    /** The emulated GIL's switch interval, and a CPython interpreter's (sys.setswitchinterval). */
    SWITCH_INTERVAL("switch-interval-ms", "GIL switch", "ms", new Range(0.05, 50, 0.05),
            Applies.models(m -> m == ModelKind.GIL || m.inPython())),
    /** (cpython-)article-asyncio's executor threads; 0 for Python's default, min(32, cores + 4). */
    EXECUTOR_THREADS("executor-threads", "Executor", "threads", new Range(0, ExperimentForm.MAX_WORKERS, 1),
            Applies.models(m -> m == ModelKind.ARTICLE_ASYNCIO || m == ModelKind.CPYTHON_ARTICLE_ASYNCIO)),
    FAIR_GIL("fair-gil", "Fair GIL hand-over", "", null, Applies.models(m -> m == ModelKind.GIL)),
    NO_JIT("no-jit", "Workers without JIT (-Xint)", "", null, Applies.models(m -> m == ModelKind.PROCESS)),
    /** The interpreter of the CPython models. */
    PYTHON("python", "Python interpreter", "", null, Applies.models(ModelKind::inPython));

    /**
     * A slider's range and step; a step of 1 or more makes a whole-number field. A doubling range is drawn on a
     * log₂ scale with a tick at each power of two, which the slider snaps to (other values can be typed).
     */
    record Range(double min, double max, double step, boolean doubling) {
        Range(double min, double max, double step) {
            this(min, max, step, false);
        }

        static Range doubling(int min, int max) {
            return new Range(min, max, 1, true);
        }

        boolean whole() {
            return step >= 1;
        }
    }

    /** When a field applies: for some workloads, and (where {@code model} is given) while a model it names is chosen. */
    record Applies(Set<WorkloadKind> workloads, Predicate<ModelKind> model) {
        static final Applies ALWAYS = new Applies(EnumSet.allOf(WorkloadKind.class), null);

        static Applies workloads(WorkloadKind first, WorkloadKind... rest) {
            return new Applies(EnumSet.of(first, rest), null);
        }

        static Applies models(Predicate<ModelKind> model) {
            return new Applies(EnumSet.allOf(WorkloadKind.class), model);
        }

        boolean test(WorkloadKind kind, Collection<ModelKind> chosen) {
            return workloads.contains(kind) && (model == null || chosen.stream().anyMatch(model));
        }
    }

    private final String id;
    private final String title;
    private final String unit;
    private final Range range;
    private final Applies applies;

    FormField(String id, String title, String unit, Range range, Applies applies) {
        this.id = id;
        this.title = title;
        this.unit = unit;
        this.range = range;
        this.applies = applies;
    }

    /** The engine's name for the field: what a {@code ConfigException} about it names. */
    String id() {
        return id;
    }

    String title() {
        return title;
    }

    String unit() {
        return unit;
    }

    /** The slider's range, or null for a field without one. */
    Range range() {
        return range;
    }

    boolean appliesTo(WorkloadKind kind, Collection<ModelKind> models) {
        return applies.test(kind, models);
    }

    static FormField byId(String id) {
        for (FormField f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no field " + id);
    }
}
