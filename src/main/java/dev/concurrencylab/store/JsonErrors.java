package dev.concurrencylab.store;

import dev.concurrencylab.engine.ConfigException;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns what Jackson and the config records report into one {@link ExperimentFileException} for people. */
final class JsonErrors {
    private JsonErrors() {
    }

    /** @param json the text that failed, to find a field's place where Jackson gives none; may be null */
    static ExperimentFileException of(String source, JacksonException e, byte[] json) {
        ExperimentFileException inner = find(e, ExperimentFileException.class);
        if (inner != null) {
            return inner;
        }
        ConfigException config = find(e, ConfigException.class);
        String field = path(e.getPath());
        TokenStreamLocation loc = e.getLocation();
        int line = loc == null ? -1 : loc.getLineNr();
        int column = loc == null ? -1 : loc.getColumnNr();
        if (line <= 0 && !field.isEmpty() && json != null) {
            int[] at = JsonLocator.find(json, field);
            if (at != null) {
                line = at[0];
                column = at[1];
            }
        }
        return new ExperimentFileException(source, field.isEmpty() ? null : field, line, column,
                config != null ? config.getMessage() : reason(e), e);
    }

    /**
     * A bad value the records found after the text parsed, reported at the place its field has in the text.
     *
     * @param json the text, to find the field in; may be null
     */
    static ExperimentFileException of(String source, ConfigException e, byte[] json) {
        int[] at = json == null ? null : JsonLocator.findNearest(json, e.field());
        String reason = e.getMessage().substring(e.field().length() + 2);
        return new ExperimentFileException(source, e.field().isEmpty() ? null : e.field(),
                at == null ? -1 : at[0], at == null ? -1 : at[1], reason, e);
    }

    private static String reason(JacksonException e) {
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + u.getPropertyName() + "'; allowed: " + known;
        }
        if (e instanceof JacksonIOException && e.getCause() != null) {
            return "the file is damaged or truncated: " + e.getCause().getMessage();
        }
        if (original.startsWith("Trailing token")) {
            return "unexpected trailing content after the document's end";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + describe(m.getTargetType()) + found(m);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return "the file ends too early (truncated?): " + original;
        }
        if (e instanceof StreamConstraintsException) {
            return "too deeply nested or too long a value: " + original;
        }
        if (e instanceof InputCoercionException) {
            return "number out of range: " + original;
        }
        return original;
    }

    private static String found(MismatchedInputException m) {
        JsonToken t = m.getCurrentToken();
        if (t == null && m.processor() instanceof JsonParser p) {
            t = p.currentToken();
        }
        if (t == null) {
            return "";
        }
        return ", found " + switch (t) {
            case START_OBJECT, END_OBJECT -> "an object";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type.isArray() || List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object {...}";
    }

    /** {@code workload.tasks}, {@code models[2]}. */
    static String path(List<JacksonException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
