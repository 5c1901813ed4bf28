package dev.concurrencylab.ui;

import dev.concurrencylab.render.Palette;
import dev.concurrencylab.store.Lessons;
import dev.concurrencylab.store.Presets;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window's layout: the experiment on the left (the form scrolls, Run and Stop stay in view); the
 * toolbar, then the comparison (the panels and summary, which scroll when the panels' minimum heights do not fit,
 * and the legend) or the sweep, as two tabs, in the centre; the status bar at the bottom.
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
    private final SweepView sweepView;
    private final SweepExports sweepExports;

    LabWindow(LabViewModel vm, ExperimentDocument doc, Appearance look, Stage stage, SaveTarget target,
              SweepModel sweep) {
        form = new ExperimentFormView(vm, new ExperimentHeader(doc.experimentProperty(), doc.descriptionBinding()));
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.getStyleClass().add(Styles.SIDE_SCROLL);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        doc.experimentProperty().addListener((o, was, now) -> formScroll.setVvalue(0)); // its name and text first
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
        summary.publishedProperty().bind(doc.publishedTimesBinding());
        LegendBar legend = new LegendBar(links.paletteProperty(), links.fontSizeProperty());
        findings = new FindingsModel(vm, vm.executor());
        VBox.setVgrow(comparison, Priority.ALWAYS);
        ScrollPane results = new ScrollPane(new VBox(comparison, summary, new FindingsView(findings, links)));
        results.setId("results");
        results.getStyleClass().add(Styles.RESULTS_SCROLL);
        results.setFitToWidth(true);
        results.setFitToHeight(true);
        results.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox centre = new VBox(results, legend);
        sweepExports = new SweepExports(sweep, () -> links.paletteProperty().get(),
                () -> doc.experimentProperty().get(), target, doc.dialogs(), doc.files());
        sweepView = new SweepView(sweep, vm, sweepExports, links.paletteProperty(), look.fontScaleProperty());
        TabPane views = views(centre, sweepView, sweep);
        VBox.setVgrow(views, Priority.ALWAYS);
        exporter = new PngExporter(vm, new RenderedPictures(vm, links, findings::forPictures,
                doc.publishedTimesBinding()), target, doc.files(),
                stage);
        LabToolbar toolbar = new LabToolbar(vm, links, look, exporter.menu(), stage.fullScreenProperty(),
                () -> stage.setFullScreen(!stage.isFullScreen()));

        lessons = new LessonModel(vm, findings, doc::showLessonStep, () -> sweep.shownProperty().set(false));
        LabMenuBar menus = new LabMenuBar(doc, vm, Presets.list());
        menus.getMenus().add(new LessonMenu(lessons, doc, Lessons.list()));
        setTop(menus);
        setLeft(side);
        setRight(new LessonPanel(lessons, vm));
        Node textSize = toolbar.textSize();
        BorderPane.setAlignment(textSize, Pos.TOP_RIGHT);
        BorderPane bar = new BorderPane(toolbar, null, textSize, null, null);
        bar.getStyleClass().add(Styles.TOOLBAR_ROW);
        setCenter(new VBox(bar, views));
        setBottom(new LabStatusBar(vm));
    }

    /** The comparison and the sweep as tabs; the sweep model hears which is shown, and may ask for its tab. */
    private static TabPane views(VBox comparison, SweepView sweepView, SweepModel sweep) {
        Tab compare = new Tab("Comparison", comparison);
        compare.setId("tab-comparison");
        Tab sweeps = new Tab("Sweep", sweepView);
        sweeps.setId("tab-sweep");
        TabPane tabs = new TabPane(compare, sweeps);
        tabs.setId("views");
        tabs.getStyleClass().add(Styles.VIEWS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(sweep.shownProperty().get() ? sweeps : compare);
        sweeps.selectedProperty().addListener((o, was, now) -> sweep.shownProperty().set(now));
        sweep.shownProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(now ? sweeps : compare));
        return tabs;
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

    SweepView sweepView() {
        return sweepView;
    }

    SweepExports sweepExports() {
        return sweepExports;
    }
}
