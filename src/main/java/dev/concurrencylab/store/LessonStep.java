package dev.concurrencylab.store;

import dev.concurrencylab.engine.ConfigException;

/**
 * One step of a lesson: the experiment to run, the question asked before it and the takeaway shown after it. The
 * takeaway may quote the run's numbers through placeholders (see {@link LessonPlaceholders}).
 *
 * @param title      a short heading, or null
 * @param preset     the bundled experiment the step names, or null where it brings its own
 * @param experiment what the step runs (the preset's experiment, or its own)
 * @param question   asked before the run, e.g. "Predict: will 4 threads finish sooner than 1?"
 * @param takeaway   shown after the run
 */
public record LessonStep(String title, String preset, ExperimentFile experiment, String question, String takeaway) {
    public LessonStep {
        if (experiment == null) {
            throw new ConfigException("experiment", "is required: name a preset or give an experiment");
        }
        title = text("title", title, Lesson.MAX_TITLE, false);
        question = text("question", question, Lesson.MAX_TEXT, true);
        takeaway = text("takeaway", takeaway, Lesson.MAX_TEXT, true);
        LessonPlaceholders.check(takeaway, experiment.config().models());
    }

    static String text(String field, String text, int max, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new ConfigException(field, "is required");
            }
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new ConfigException(field, "at most " + max + " characters, was " + t.length());
        }
        return t;
    }
}
