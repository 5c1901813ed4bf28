package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.render.MeasurementNote;
import dev.concurrencylab.render.PanelHeader;
import dev.concurrencylab.render.WaitCauses;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One model's panel: its phase, its trace (live, then final) and its result. Touched on the UI thread only. */
public final class RunPanelModel {
    private final int index;
    private final ModelEntry entry;
    private final ModelKind model;
    private final int threads;
    private final WaitCauses waitCauses;
    private final ReadOnlyObjectWrapper<RunPhase> phase = new ReadOnlyObjectWrapper<>(RunPhase.WAITING);
    private final ReadOnlyObjectWrapper<TraceSnapshot> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PanelHeader> header = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteExplained = new ReadOnlyStringWrapper("");
    private RunOutput output;
    private TraceRecorder live;

    /** @param settings the comparison's (an entry's own interpreter changes nothing the panel shows) */
    RunPanelModel(int index, ModelEntry entry, ModelSettings settings, WorkloadConfig workload) {
        this.index = index;
        this.entry = entry;
        this.model = entry.kind();
        this.threads = settings.threadsFor(model, workload.tasks());
        this.waitCauses = WaitCauses.of(model, workload, settings);
        updateHeader();
    }

    public int index() {
        return index;
    }

    public ModelKind model() {
        return model;
    }

    /** The model as its comparison names it: with its interpreter, where it named one. */
    public ModelEntry entry() {
        return entry;
    }

    /** What this run's waits waited for, as its tooltips say. */
    public WaitCauses waitCauses() {
        return waitCauses;
    }

    public ReadOnlyObjectProperty<RunPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The newest snapshot: live while the run goes on, final afterwards; null before it starts. */
    public ReadOnlyObjectProperty<TraceSnapshot> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** The measured result, once the run has ended. */
    public ReadOnlyObjectProperty<RunResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Model, threads, wall time and efficiency, as the panel's header shows them (and the PNG's). */
    public ReadOnlyObjectProperty<PanelHeader> headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** What disturbed the run's measurement (see {@link MeasurementNote}), or "". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The note in full, for its tooltip. */
    public ReadOnlyStringProperty noteExplainedProperty() {
        return noteExplained.getReadOnlyProperty();
    }

    void warmingUp() {
        phase.set(RunPhase.WARMING_UP);
        updateHeader();
    }

    /** @param drawNow show the run's first snapshot at once (not while measuring quietly: the first poll will) */
    void started(TraceRecorder recorder, boolean drawNow) {
        live = recorder;
        phase.set(RunPhase.RUNNING);
        if (drawNow) {
            trace.set(recorder.snapshot());
        }
        updateHeader();
    }

    /** Takes a new snapshot of a run under way; returns the share of its tasks that have ended, or -1. */
    double poll() {
        if (live == null) {
            return -1;
        }
        TraceSnapshot s = live.snapshot();
        trace.set(s);
        int n = s.tasks().size();
        int ended = 0;
        for (long e : s.tasks().ended()) {
            if (e >= 0) {
                ended++;
            }
        }
        return n == 0 ? 1 : (double) ended / n;
    }

    void finished(RunOutput output) {
        this.output = output;
        live = null;
        trace.set(output.trace());
        result.set(output.result());
        noteExplained.set(MeasurementNote.explain(output.result()));
        phase.set(output.result().cancelled() ? RunPhase.STOPPED : RunPhase.DONE);
        updateHeader();
    }

    /** The comparison ended before this run finished (stopped or failed). */
    void abandoned() {
        if (phase.get() != RunPhase.DONE && phase.get() != RunPhase.STOPPED) {
            phase.set(live != null ? RunPhase.STOPPED : RunPhase.NOT_RUN);
            live = null;
            updateHeader();
        }
    }

    private void updateHeader() {
        header.set(output == null ? PanelHeader.planned(entry, threads, phase.get().label()) : PanelHeader.of(output));
        note.set(header.get().warning());
    }
}
