package dev.concurrencylab.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled lessons: {@code assets/lessons/*.json}, packaged under {@code /lessons/} on the class path and listed,
 * in menu order, by {@code /lessons/index.txt}.
 */
public final class Lessons {
    static final String ROOT = "/lessons/";
    /** Prefixes naming a bundled lesson: {@code preset:ID} as for experiments, {@code lesson:ID} where clearer. */
    private static final String[] BUNDLED = {"preset:", "lesson:"};

    private Lessons() {
    }

    /** A bundled lesson and its id (its file name without {@code .json}). */
    public record Bundled(String id, Lesson lesson) {
    }

    /** Every bundled lesson in menu order. One that does not read is a build error, so this throws unchecked. */
    public static List<Bundled> list() {
        return ids().stream().map(id -> new Bundled(id, load(id))).toList();
    }

    /** One bundled lesson by id. */
    public static Lesson load(String id) {
        String resource = ROOT + id + ExperimentFiles.EXTENSION;
        try (InputStream in = Lessons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no lesson '" + id + "'");
            }
            return LessonFiles.read(in, "lesson " + id);
        } catch (IOException e) {
            throw new UncheckedIOException("lesson " + id + " is broken: " + e.getMessage(), e);
        }
    }

    /**
     * A lesson named as on the command line: {@code preset:ID} (or {@code lesson:ID}) for a bundled one, otherwise
     * a file's path.
     */
    public static Lesson resolve(String source) throws ExperimentFileException {
        for (String prefix : BUNDLED) {
            if (source.startsWith(prefix)) {
                String id = source.substring(prefix.length());
                if (!ids().contains(id)) {
                    throw new ExperimentFileException(source, "no such lesson; bundled: " + String.join(", ", ids()));
                }
                return load(id);
            }
        }
        return LessonFiles.read(Path.of(source));
    }

    /** True when {@code source} names a bundled lesson rather than a file. */
    public static boolean bundled(String source) {
        return source.startsWith(BUNDLED[0]) || source.startsWith(BUNDLED[1]);
    }

    /** The ids of the bundled lessons, in menu order. */
    public static List<String> ids() {
        return Presets.index(ROOT).stream()
                .map(f -> f.substring(0, f.length() - ExperimentFiles.EXTENSION.length())).toList();
    }
}
