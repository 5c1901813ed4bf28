package dev.concurrencylab.ui;

import dev.concurrencylab.render.Palette;
import dev.concurrencylab.store.Presets;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window's layout: the experiment on the left (the form scrolls, Run and Stop stay in view); the
 * toolbar, the panels and summary (which scroll when the panels' minimum heights do not fit) and the legend in
 * the centre; the status bar at the bottom.
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
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.getStyleClass().add(Styles.SIDE_SCROLL);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane side = new BorderPane(formScroll, null, null, form.actions(), null);
        side.setId("side");
        side.getStyleClass().add(Styles.SIDE);
        side.setMinWidth(300);
        // wider with the text, but never more than a third or so of the window: the timelines need the room
        side.prefWidthProperty().bind(Bindings.min(look.fontScaleProperty().multiply(340),
                widthProperty().multiply(0.36)));

        links.paletteProperty().bind(Bindings.createObjectBinding(
                () -> Palette.of(look.darkProperty().get()), look.darkProperty()));
        links.fontSizeProperty().bind(look.fontScaleProperty().multiply(TIMELINE_FONT_PX));
        comparison = new ComparisonView(vm, links);
        summary = new SummaryView(vm.outputs());
        summary.referenceSecondsProperty().bind(doc.publishedTimesBinding());
        LegendBar legend = new LegendBar(links.paletteProperty(), links.fontSizeProperty());
        VBox.setVgrow(comparison, Priority.ALWAYS);
        ScrollPane results = new ScrollPane(new VBox(comparison, summary));
        results.setId("results");
        results.getStyleClass().add(Styles.RESULTS_SCROLL);
        results.setFitToWidth(true);
        results.setFitToHeight(true);
        results.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(results, Priority.ALWAYS);
        exporter = new PngExporter(vm, new RenderedPictures(vm, links), target, doc.files(), stage);
        LabToolbar toolbar = new LabToolbar(vm, links, look, exporter.menu(), stage.fullScreenProperty(),
                () -> stage.setFullScreen(!stage.isFullScreen()));

        setTop(new LabMenuBar(doc, vm, Presets.list()));
        setLeft(side);
        setCenter(new VBox(toolbar, results, legend));
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
