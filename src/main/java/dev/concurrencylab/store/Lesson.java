package dev.concurrencylab.store;

import dev.concurrencylab.engine.ConfigException;
import java.util.List;

/**
 * An ordered list of experiments for a class: each step asks a question before its run and gives a takeaway after
 * it.
 *
 * @param title       what the lesson is called, e.g. "How to scale Python services"
 * @param description a few sentences for the teacher, or null
 * @param steps       one to {@link #MAX_STEPS} steps, in order
 */
public record Lesson(String title, String description, List<LessonStep> steps) {
    /** The schema this version writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
    public static final int MAX_STEPS = 50;
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;

    public Lesson {
        title = LessonStep.text("title", title, MAX_TITLE, true);
        description = LessonStep.text("description", description, MAX_TEXT, false);
        if (steps == null || steps.isEmpty()) {
            throw new ConfigException("steps", "name at least one step");
        }
        if (steps.size() > MAX_STEPS) {
            throw new ConfigException("steps", "at most " + MAX_STEPS + " steps, was " + steps.size());
        }
        steps = List.copyOf(steps);
    }
}
