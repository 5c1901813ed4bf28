package dev.concurrencylab.store;

import java.io.IOException;

/**
 * A file that cannot be opened as an experiment or a recording: malformed JSON, an unknown field, a wrong type,
 * a value out of range, a newer schema, an empty, truncated or oversized file. The one exception a reader
 * throws, so a caller shows {@link #getMessage()} and keeps what it had open.
 */
public final class ExperimentFileException extends IOException {
    private final String source;
    private final String field;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param source where the text came from (a path or a resource name), or null
     * @param field  the field at fault as a path such as {@code workload.tasks}, or null
     * @param line   1-based line, or -1 where unknown
     * @param column 1-based column, or -1 where unknown
     * @param reason what is wrong and what is allowed
     */
    public ExperimentFileException(String source, String field, int line, int column, String reason, Throwable cause) {
        super(format(source, field, line, column, reason), cause);
        this.source = source;
        this.field = field;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public ExperimentFileException(String source, String reason) {
        this(source, null, -1, -1, reason, null);
    }

    private static String format(String source, String field, int line, int column, String reason) {
        StringBuilder b = new StringBuilder();
        if (source != null) {
            b.append(source).append(": ");
        }
        if (line > 0) {
            b.append("line ").append(line);
            if (column > 0) {
                b.append(", column ").append(column);
            }
            b.append(": ");
        }
        if (field != null && !field.isEmpty()) {
            b.append(field).append(": ");
        }
        return b.append(reason).toString();
    }

    public String source() {
        return source;
    }

    /** The field at fault, e.g. {@code workload.tasks} or {@code models[2]}; null where none applies. */
    public String field() {
        return field;
    }

    /** 1-based line, or -1. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1. */
    public int column() {
        return column;
    }

    /** The message without source, position or field. */
    public String reason() {
        return reason;
    }
}
