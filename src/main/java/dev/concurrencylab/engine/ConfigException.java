package dev.concurrencylab.engine;

/** Bad input: names the field and what is allowed. Thrown before anything runs. */
public final class ConfigException extends IllegalArgumentException {
    private final String field;

    public ConfigException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static void requireRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ConfigException(field, "must be between " + min + " and " + max + ", was " + value);
        }
    }

    public static void requireRange(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new ConfigException(field, "must be between " + min + " and " + max + ", was " + value);
        }
    }
}
