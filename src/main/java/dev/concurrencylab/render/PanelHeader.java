package dev.concurrencylab.render;

import dev.concurrencylab.engine.Durations;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The line above a run's timeline, the same in the window and in pictures: the model (shown in bold), the facts
 * ("4 threads + 1 spare · wall 1.23 s · efficiency 0.89"), notes that qualify them ("3 failed", "stopped",
 * "120 not run"), and a warning when the measurement was disturbed ({@link MeasurementNote}, shown in the
 * warning colour). Notes are a list so that whatever else qualifies a run can be added with {@link #withNote}.
 *
 * @param model   the model's entry: its id, with its interpreter where it names one ({@code cpython-sequential@pypy3})
 * @param facts   what the run was and measured, or its phase before it has a result
 * @param notes   what qualifies the facts, in order; may be empty
 * @param warning what disturbed the measurement, or ""
 */
public record PanelHeader(String model, String facts, List<String> notes, String warning) {
    private static final String SEP = " · ";

    public PanelHeader {
        notes = List.copyOf(notes);
        warning = warning == null ? "" : warning;
    }

    /** Before a result: "pool · 4 threads · running". */
    public static PanelHeader planned(ModelEntry model, int threads, String phase) {
        return new PanelHeader(model.id(), count(model.kind(), threads) + SEP + phase, List.of(), "");
    }

    /**
     * A finished or stopped run. A fork/join pool adds a spare thread while a worker waits in a join; its lane
     * shows, so the header counts it. A stopped run has no efficiency (it did not do the work the bound is for).
     */
    public static PanelHeader of(RunOutput run) {
        RunResult r = run.result();
        int spare = r.lanes() - r.workers();
        String threads = r.workersLine() + (spare > 0 ? " + " + spare + " spare" : "")
                + (r.interpreterLine() == null ? "" : SEP + r.interpreterLine());
        List<String> notes = new ArrayList<>();
        if (r.errors() > 0) {
            notes.add(r.errors() + " failed");
        }
        String facts;
        if (r.cancelled()) {
            facts = threads + SEP + "stopped at " + Durations.ms(r.wallMs());
            int notRun = run.trace().tasks().notRunCount();
            if (notRun > 0) {
                notes.add(String.format(Locale.ROOT, "%,d of %,d not run", notRun, r.tasks()));
            }
        } else {
            facts = threads + SEP + "wall " + Durations.ms(r.wallMs())
                    + String.format(Locale.ROOT, " · efficiency %.2f", r.efficiency());
        }
        return new PanelHeader(r.label(), facts, notes, MeasurementNote.of(r));
    }

    public PanelHeader withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new PanelHeader(model, facts, more, warning);
    }

    /** Everything after the model: the facts, then the notes. */
    public String details() {
        return notes.isEmpty() ? facts : facts + SEP + String.join(SEP, notes);
    }

    /** The whole line, the warning included. */
    public String text() {
        return model + SEP + details() + (warning.isEmpty() ? "" : SEP + warning);
    }

    /** "2 threads", or "2 processes" where the model's workers are processes. */
    static String count(ModelKind model, int n) {
        String unit = model.startsProcesses() ? (n == 1 ? " process" : " processes") : n == 1 ? " thread" : " threads";
        return n + unit;
    }
}
