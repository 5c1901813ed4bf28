package dev.concurrencylab.store;

import dev.concurrencylab.engine.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;

/**
 * Experiment files: reading checks everything (syntax, types, unknown fields, ranges, schema version, size) and
 * reports the first problem as an {@link ExperimentFileException}; writing is atomic.
 */
public final class ExperimentFiles {
    /** Far above any real experiment (a few hundred bytes); a bigger file is refused unread. */
    public static final int MAX_BYTES = 1 << 20;
    public static final String EXTENSION = ".json";

    private ExperimentFiles() {
    }

    /** Reads a file; a relative {@code inputFile} in it is taken relative to the file's folder, as its author meant. */
    public static ExperimentFile read(Path file) throws ExperimentFileException {
        ExperimentFile e = parse(BoundedRead.file(file, MAX_BYTES), file.toString());
        String input = e.config().workload().inputFile();
        Path dir = file.toAbsolutePath().getParent();
        if (input == null || dir == null || Path.of(input).isAbsolute()) {
            return e;
        }
        return e.withConfig(e.config().withWorkload(e.config().workload()
                .withInputFile(dir.resolve(input).normalize().toString())));
    }

    /** Reads a stream to its end, e.g. a preset bundled as a resource. */
    public static ExperimentFile read(InputStream in, String source) throws ExperimentFileException {
        return parse(BoundedRead.stream(in, MAX_BYTES, source), source);
    }

    public static ExperimentFile parse(String json, String source) throws ExperimentFileException {
        return parse(json.getBytes(StandardCharsets.UTF_8), source);
    }

    static ExperimentFile parse(byte[] json, String source) throws ExperimentFileException {
        String text = new String(json, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new ExperimentFileException(source, "the file is empty; expected an experiment {...}");
        }
        if (text.equals("null")) {
            throw new ExperimentFileException(source, "the file holds null; expected an experiment {...}");
        }
        ExperimentJson dto;
        try {
            dto = StrictJson.MAPPER.readValue(json, ExperimentJson.class);
        } catch (JacksonException e) {
            throw JsonErrors.of(source, e, json);
        }
        if (dto == null) {
            throw new ExperimentFileException(source, "the file holds null; expected an experiment {...}");
        }
        return toFile(dto, json, source);
    }

    /** Builds the records, reporting a bad value at the place it has in the text. */
    static ExperimentFile toFile(ExperimentJson dto, byte[] json, String source) throws ExperimentFileException {
        try {
            return dto.toFile();
        } catch (ConfigException e) {
            throw JsonErrors.of(source, e, json);
        }
    }

    /** Saves all or nothing: a failed save leaves the previous file as it was. */
    public static void write(Path file, ExperimentFile experiment) throws IOException {
        byte[] bytes = toJson(experiment).getBytes(StandardCharsets.UTF_8);
        OutputFile.write(file, out -> out.write(bytes));
    }

    public static String toJson(ExperimentFile experiment) {
        return Json.MAPPER.writeValueAsString(ExperimentJson.from(experiment)) + "\n";
    }
}
