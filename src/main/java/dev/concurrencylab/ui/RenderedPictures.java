package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.render.ComparisonPicture;
import dev.concurrencylab.render.PublishedTimes;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * The comparison on screen as a {@link ComparisonPicture}, the same Java2D picture the command line's
 * {@code compare --png} writes, in the window's palette and lane mode. Read on the UI thread; the picture holds
 * copies only, so it can be painted on any thread.
 */
final class RenderedPictures {
    private final LabViewModel vm;
    private final PanelLinks links;
    private final Supplier<ComparisonFindings> findings;
    private final ObservableValue<PublishedTimes> published;

    /**
     * @param findings  what the pictures show of the findings at the time they are painted
     * @param published the published times that apply to the comparison on screen
     */
    RenderedPictures(LabViewModel vm, PanelLinks links, Supplier<ComparisonFindings> findings,
                     ObservableValue<PublishedTimes> published) {
        this.vm = vm;
        this.links = links;
        this.findings = findings;
        this.published = published;
    }

    ComparisonPicture snapshot(int scale) {
        ExperimentConfig config = vm.shownConfigProperty().get();
        int cores = vm.outputs().getFirst().result().cores();
        ComparisonPicture.Options options = ComparisonPicture.Options.defaults().withScale(scale)
                .withPalette(links.paletteProperty().get()).withMode(links.laneModeProperty().get());
        return new ComparisonPicture(List.copyOf(vm.outputs()), ComparisonPicture.title(config),
                ComparisonPicture.caption(config, vm.workloadDescriptionProperty().get(), cores), options,
                findings.get(), published.getValue());
    }
}
