package dev.concurrencylab.ui;

import dev.concurrencylab.render.PanelHeader;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * A panel's header as {@link PanelHeader} words it: the model in bold, then its facts and notes, the warning
 * when the measurement was disturbed (its tooltip explains), and the timeline's grouping note ("2,000 lanes in 100
 * rows of 20") when lanes are grouped. The parts wrap onto a second line rather than cut the facts short (large
 * text, a narrow window); the whole line is also the facts' tooltip.
 */
final class PanelHeaderView extends FlowPane {
    PanelHeaderView(RunPanelModel panel, ObservableValue<String> groupingNote) {
        String id = panel.entry().slug();
        ObservableValue<PanelHeader> header = panel.headerProperty();
        setId("panel-header-" + id);
        getStyleClass().add(Styles.PANEL_HEADER_LINE);
        setAlignment(Pos.BASELINE_LEFT);
        setHgap(8);
        Label model = new Label();
        model.getStyleClass().add(Styles.PANEL_HEADER);
        model.textProperty().bind(Bindings.createStringBinding(() -> header.getValue().model(), header));
        Label details = new Label();
        details.setId("header-" + id);
        details.getStyleClass().add(Styles.PANEL_DETAILS);
        details.setTextOverrun(OverrunStyle.ELLIPSIS);
        details.setMinWidth(0);
        details.maxWidthProperty().bind(widthProperty()); // cut short only when it alone is wider than the panel
        details.textProperty().bind(Bindings.createStringBinding(() -> header.getValue().details(), header));
        Label warning = new Label();
        warning.setId("note-" + id);
        warning.getStyleClass().add(Styles.PANEL_NOTE);
        warning.maxWidthProperty().bind(widthProperty());
        warning.textProperty().bind(panel.noteProperty());
        showWhileText(warning);
        Tooltip explained = new Tooltip();
        explained.setWrapText(true);
        explained.setMaxWidth(420);
        explained.textProperty().bind(panel.noteExplainedProperty());
        warning.setTooltip(explained);
        Label grouping = new Label();
        grouping.setId("grouping-" + id);
        grouping.getStyleClass().add(Styles.PANEL_GROUPING);
        grouping.maxWidthProperty().bind(widthProperty());
        grouping.textProperty().bind(groupingNote);
        showWhileText(grouping);
        grouping.setTooltip(new Tooltip("Too many lanes for one row each: each row shows its group's main state"));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.createStringBinding(() -> header.getValue().text(), header));
        details.setTooltip(whole);
        getChildren().addAll(model, details, warning, grouping);
    }

    private static void showWhileText(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }
}
