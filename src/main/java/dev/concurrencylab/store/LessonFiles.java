package dev.concurrencylab.store;

import dev.concurrencylab.engine.ConfigException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Lesson files, read as strictly as experiment files: syntax, types, unknown fields, ranges, placeholders, schema
 * version and size are checked, and the first problem is reported with its line, column and field.
 */
public final class LessonFiles {
    public static final int MAX_BYTES = 1 << 20;

    private LessonFiles() {
    }

    public static Lesson read(Path file) throws ExperimentFileException {
        return parse(BoundedRead.file(file, MAX_BYTES), file.toString());
    }

    /** Reads a stream to its end, e.g. a lesson bundled as a resource. */
    public static Lesson read(InputStream in, String source) throws ExperimentFileException {
        return parse(BoundedRead.stream(in, MAX_BYTES, source), source);
    }

    public static Lesson parse(String json, String source) throws ExperimentFileException {
        return parse(json.getBytes(StandardCharsets.UTF_8), source);
    }

    static Lesson parse(byte[] json, String source) throws ExperimentFileException {
        String text = new String(json, StandardCharsets.UTF_8).strip();
        if (text.isEmpty() || text.equals("null")) {
            throw new ExperimentFileException(source, "the file is " + (text.isEmpty() ? "empty" : "null")
                    + "; expected a lesson {\"schemaVersion\", \"title\", \"steps\": [...]}");
        }
        LessonJson dto;
        try {
            dto = StrictJson.MAPPER.readValue(json, LessonJson.class);
        } catch (JacksonException e) {
            throw JsonErrors.of(source, e, json);
        }
        try {
            return dto.toLesson();
        } catch (ConfigException e) {
            throw JsonErrors.of(source, e, json);
        }
    }

    /** True when the file is a JSON object with a top-level {@code "steps"}: a lesson, not an experiment. */
    public static boolean isLesson(Path file) {
        try {
            byte[] json = BoundedRead.file(file, MAX_BYTES);
            try (JsonParser p = StrictJson.MAPPER.createParser(json)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                    if (p.currentName().equals("steps")) {
                        return true;
                    }
                    p.nextToken();
                    p.skipChildren();
                }
            }
        } catch (ExperimentFileException | JacksonException e) {
            return false; // not readable as a lesson: read as an experiment, which reports the problem
        }
        return false;
    }
}
