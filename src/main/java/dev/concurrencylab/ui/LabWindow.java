package dev.concurrencylab.ui;

import dev.concurrencylab.render.Palette;
import dev.concurrencylab.store.Lessons;
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
    private final FindingsModel findings;
    private final LessonModel lessons;

    LabWindow(LabViewModel vm, ExperimentDocument doc, Appearance look, Stage stage, SaveTarget target) {
        form = new ExperimentFormView(vm, new ExperimentHeader(doc.experimentProperty()));
        ScrollPane side = new ScrollPane(form);
        side.setId("side");
        side.getStyleClass().add("side-scroll");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(side, Priority.ALWAYS);
        VBox left = new VBox(side, form.actions());
        left.setMinWidth(300);
        left.prefWidthProperty().bind(look.fontScaleProperty().multiply(340));

        links.paletteProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> Palette.of(look.darkProperty().get()), look.darkProperty()));
        links.fontSizeProperty().bind(look.fontScaleProperty().multiply(TIMELINE_FONT_PX));
        comparison = new ComparisonView(vm, links);
        summary = new SummaryView(vm.outputs());
        summary.referenceSecondsProperty().bind(doc.publishedTimesBinding());
        StateLegend legend = new StateLegend(links.paletteProperty());
        findings = new FindingsModel(vm, vm.executor());
        VBox.setVgrow(comparison, Priority.ALWAYS);
        VBox centre = new VBox(comparison, summary, new FindingsView(findings, links), legend);
        VBox.setVgrow(centre, Priority.ALWAYS);
        exporter = new PngExporter(vm, new RenderedPictures(vm, links, findings::forPictures), target, stage);
        LabToolbar toolbar = new LabToolbar(vm, links, look, exporter.menu(),
                () -> stage.setFullScreen(!stage.isFullScreen()));

        lessons = new LessonModel(vm, findings);
        LabMenuBar menus = new LabMenuBar(doc, vm, Presets.list());
        menus.getMenus().add(new LessonMenu(lessons, doc, Lessons.list()));
        setTop(menus);
        setLeft(left);
        setRight(new LessonPanel(lessons, vm));
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

    FindingsModel findings() {
        return findings;
    }

    LessonModel lessons() {
        return lessons;
    }
}
