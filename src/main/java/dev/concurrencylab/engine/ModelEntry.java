package dev.concurrencylab.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * One model of a comparison: its kind and, for a model in Python, the interpreter it runs in. Written
 * {@code cpython-sequential@pypy3} on the command line, in experiment files and wherever a run is named; the kind
 * alone runs in the comparison's interpreter ({@link ModelSettings#python()}). The same kind may appear in one
 * comparison once per interpreter, so this, not the kind, is what tells its runs apart.
 *
 * @param kind        the execution model
 * @param interpreter cpython-*: a path or a command on PATH; "" for the comparison's interpreter
 */
public record ModelEntry(ModelKind kind, String interpreter) {
    /** Between a model and its interpreter: {@code cpython-processes@pypy3}. */
    public static final String AT = "@";

    public ModelEntry {
        if (kind == null) {
            throw new ConfigException("model", "is empty; allowed: " + ModelKind.allowed());
        }
        interpreter = interpreter == null ? "" : interpreter.strip();
        if (!interpreter.isEmpty()) {
            if (!kind.inPython()) {
                throw new ConfigException("model", "'" + kind.id() + AT + interpreter + "': only the cpython-* "
                        + "models run in an interpreter; " + kind.id() + " runs in this JVM");
            }
            ModelSettings.checkInterpreter("model", interpreter);
        }
    }

    public static ModelEntry of(ModelKind kind) {
        return new ModelEntry(kind, "");
    }

    public static List<ModelEntry> of(List<ModelKind> kinds) {
        return kinds.stream().map(k -> k == null ? null : of(k)).toList();
    }

    /** "cpython-sequential", "cpython-sequential@pypy3"; an unknown model or a misplaced {@code @} names the field. */
    @JsonCreator
    public static ModelEntry parse(String text) {
        String t = text == null ? "" : text.strip();
        int at = t.indexOf(AT);
        if (at < 0) {
            return of(ModelKind.parse(t));
        }
        String interpreter = t.substring(at + 1).strip();
        if (interpreter.isEmpty()) {
            throw new ConfigException("model", "'" + t + "' names no interpreter after '" + AT + "'; e.g. "
                    + ModelKind.CPYTHON_SEQUENTIAL.id() + AT + "pypy3");
        }
        return new ModelEntry(ModelKind.parse(t.substring(0, at)), interpreter);
    }

    /** How the entry is written, and how its runs are named where the same kind runs twice. */
    @JsonValue
    public String id() {
        return interpreter.isEmpty() ? kind.id() : kind.id() + AT + interpreter;
    }

    /**
     * The entry in letters, digits, dots and dashes only, for file names and the window's node ids:
     * {@code cpython-sequential-pypy3}, {@code cpython-sequential-opt-pypy-bin-pypy3}.
     */
    public String slug() {
        if (interpreter.isEmpty()) {
            return kind.id();
        }
        String rest = interpreter.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return kind.id() + "-" + (rest.isEmpty() ? "interpreter" : rest);
    }

    /** True where this entry names its own interpreter. */
    public boolean hasInterpreter() {
        return !interpreter.isEmpty();
    }

    /** The settings this entry runs with: the comparison's, with its own interpreter where it names one. */
    public ModelSettings settings(ModelSettings comparison) {
        return interpreter.isEmpty() ? comparison : comparison.withPython(interpreter);
    }

    @Override
    public String toString() {
        return id();
    }
}
