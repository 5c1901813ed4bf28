package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.findings.ComparisonFindings;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * The findings of the comparison on screen: computed in the background each time its finished runs change (a
 * million-segment run takes tens of milliseconds, which the FX thread should not spend), whether they are shown,
 * and the one picked in the list.
 */
final class FindingsModel {
    private static final System.Logger LOG = System.getLogger(FindingsModel.class.getName());
    private final LabViewModel vm;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<ComparisonFindings> findings =
            new ReadOnlyObjectWrapper<>(ComparisonFindings.NONE);
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ObjectProperty<ComparisonFindings.Numbered> selected = new SimpleObjectProperty<>();
    private List<RunOutput> about = List.of();
    private long generation;

    FindingsModel(LabViewModel vm, TaskExecutor executor) {
        this.vm = vm;
        this.executor = executor;
        vm.outputs().addListener((ListChangeListener<RunOutput>) c -> recompute());
        recompute();
    }

    /** The findings of the finished runs on screen; {@link ComparisonFindings#NONE} until the first is computed. */
    ReadOnlyObjectProperty<ComparisonFindings> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    /** The runs the findings are about, in order (the finished runs on screen once they are computed). */
    List<RunOutput> runs() {
        return about;
    }

    /** Markers on the timelines, the list's entries and the exported pictures' findings on or off. */
    BooleanProperty shownProperty() {
        return shown;
    }

    /** The finding picked in the list (its lanes are highlighted on the timeline), or null. */
    ObjectProperty<ComparisonFindings.Numbered> selectedProperty() {
        return selected;
    }

    /** What exported pictures show: the findings while they are shown, none otherwise. */
    ComparisonFindings forPictures() {
        return shown.get() ? findings.get() : ComparisonFindings.NONE;
    }

    private void recompute() {
        long mine = ++generation;
        List<RunOutput> runs = List.copyOf(vm.outputs());
        ExperimentConfig config = vm.shownConfigProperty().get();
        ModelSettings settings = config == null ? null : config.settings();
        selected.set(null);
        if (runs.isEmpty()) {
            about = runs;
            findings.set(ComparisonFindings.NONE);
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> ComparisonFindings.of(settings, runs))
                .onSuccess(f -> {
                    if (mine == generation) {
                        about = runs;
                        findings.set(f);
                    }
                })
                .onFailure(e -> LOG.log(System.Logger.Level.WARNING, "findings could not be computed", e)));
    }
}
