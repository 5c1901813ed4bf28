package dev.concurrencylab.ui;

import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.findings.Finding;
import dev.concurrencylab.render.FindingText;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.TimeWindow;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The findings under the summary, numbered as their markers on the timelines. Picking one zooms every timeline to
 * its span, outlines its task and highlights its lanes; a switch hides the markers, the list and the pictures'
 * findings.
 */
final class FindingsView extends VBox {
    private static final String CSS = FindingsView.class.getResource("findings.css").toExternalForm();
    /** Room kept around a picked finding's span, as a share of the span. */
    private static final double MARGIN = 0.15;
    private final FindingsModel model;
    private final PanelLinks links;
    private final VBox rows = new VBox();
    private final Label count = new Label();

    FindingsView(FindingsModel model, PanelLinks links) {
        this.model = model;
        this.links = links;
        setId("findings");
        getStyleClass().add("findings");
        getStylesheets().add(CSS);
        Label title = new Label("Findings");
        title.getStyleClass().add("findings-title");
        count.getStyleClass().add(Styles.PLACEHOLDER);
        CheckBox show = new CheckBox("Show on the timelines and in pictures");
        show.setId("show-findings");
        show.selectedProperty().bindBidirectional(model.shownProperty());
        // wraps at large text rather than cutting its words short
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setWrapText(true);
        show.setWrapText(true);
        FlowPane header = new FlowPane(title, count, show);
        header.getStyleClass().add("findings-header");
        header.setAlignment(Pos.CENTER_LEFT);
        rows.getStyleClass().add("findings-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("findings-scroll");
        // up to about three findings stay in view when the timelines press for room; more scroll
        scroll.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(rows.getHeight() + 4, count.getFont().getSize() * 7),
                rows.heightProperty(), count.fontProperty()));
        scroll.visibleProperty().bind(model.shownProperty());
        scroll.managedProperty().bind(model.shownProperty());
        getChildren().addAll(header, scroll);

        links.findingsProperty().bind(model.findingsProperty());
        links.showFindingsProperty().bind(model.shownProperty());
        links.selectedFindingProperty().bind(Bindings.createIntegerBinding(
                () -> model.selectedProperty().get() == null ? -1 : model.selectedProperty().get().number(),
                model.selectedProperty()));
        model.findingsProperty().addListener(o -> rebuild());
        links.paletteProperty().addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        ComparisonFindings all = model.findingsProperty().get();
        int n = all.numbered().size();
        count.setText(n == 0 ? "none for the runs on screen" : n + (n == 1 ? " finding" : " findings"));
        Palette p = links.paletteProperty().get();
        for (ComparisonFindings.Numbered f : all.numbered()) {
            Label badge = new Label(Integer.toString(f.number()));
            badge.getStyleClass().add("finding-badge");
            badge.setStyle(String.format(Locale.ROOT, "-fx-background-color: #%06X; -fx-text-fill: #%06X;",
                    p.findingFill(f.finding().severity()) & 0xFFFFFF, p.findingInk(f.finding().severity()) & 0xFFFFFF));
            badge.setMinWidth(Region.USE_PREF_SIZE);
            Button row = new Button(FindingText.line(model.runs().get(f.run()).result().label(), f.finding()), badge);
            row.setId("finding-" + f.number());
            row.getStyleClass().addAll("finding-row", f.finding().severity().label());
            row.setWrapText(true);
            row.setMaxWidth(Double.MAX_VALUE);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setOnAction(e -> pick(f));
            rows.getChildren().add(row);
        }
    }

    /** Zooms the timelines to the finding's span (with a margin), outlines its first task, highlights its lanes. */
    void pick(ComparisonFindings.Numbered picked) {
        Finding f = picked.finding();
        long pad = Math.max(TimeWindow.MIN_SPAN, Math.round((f.endNanos() - f.startNanos()) * MARGIN));
        links.windowProperty().set(TimeWindow.between(Math.max(0, f.startNanos() - pad), f.endNanos() + pad));
        links.highlightedTaskProperty().set(f.tasks().isEmpty() ? -1 : f.tasks().getFirst());
        model.selectedProperty().set(picked);
    }
}
