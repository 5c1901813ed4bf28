package dev.concurrencylab.ui;

import dev.concurrencylab.render.Palette;
import dev.concurrencylab.store.Presets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window's layout: the experiment on the left; the toolbar, the panels, the summary and the legend
 * in the centre; the status bar at the bottom.
 */
final class LabWindow extends BorderPane {
    /** Timeline labels at normal zoom: a little under the window's text, as they sit beside dense lanes. */
    static final double TIMELINE_FONT_PX = 13;
    private final ExperimentFormView form;
    private final ComparisonView comparison;
    private final SummaryView summary;
    private final PanelLinks links = new PanelLinks();
    private final PngExporter exporter;

    LabWindow(LabViewModel vm, ExperimentDocument doc, Appearance look, Stage stage, SaveTarget target) {
        form = new ExperimentFormView(vm, new ExperimentHeader(doc.experimentProperty()));
        ScrollPane side = new ScrollPane(form);
        side.setId("side");
        side.getStyleClass().add("side-scroll");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setMinWidth(300);
        side.prefWidthProperty().bind(look.fontScaleProperty().multiply(340));

        links.paletteProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> Palette.of(look.darkProperty().get()), look.darkProperty()));
        links.fontSizeProperty().bind(look.fontScaleProperty().multiply(TIMELINE_FONT_PX));
        comparison = new ComparisonView(vm, links);
        summary = new SummaryView(vm.outputs());
        summary.referenceSecondsProperty().bind(doc.publishedTimesBinding());
        LegendBar legend = new LegendBar(links.paletteProperty(), links.fontSizeProperty());
        VBox.setVgrow(comparison, Priority.ALWAYS);
        VBox centre = new VBox(comparison, summary, legend);
        VBox.setVgrow(centre, Priority.ALWAYS);
        exporter = new PngExporter(vm, new RenderedPictures(vm, links), target, doc.files(), stage);
        LabToolbar toolbar = new LabToolbar(vm, links, look, exporter.menu(),
                () -> stage.setFullScreen(!stage.isFullScreen()));

        setTop(new LabMenuBar(doc, vm, Presets.list()));
        setLeft(side);
        setCenter(new VBox(toolbar, centre));
        setBottom(new LabStatusBar(vm));
    }

    ExperimentFormView form() {
        return form;
    }

    ComparisonView comparison() {
        return comparison;
    }

    PanelLinks links() {
        return links;
    }

    PngExporter exporter() {
        return exporter;
    }
}
