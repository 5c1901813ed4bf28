package dev.concurrencylab.ui;

import dev.concurrencylab.render.PanelHeader;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A panel's header line as {@link PanelHeader} words it: the model in bold, then its facts and notes, and at the
 * right end the timeline's grouping note ("2,000 lanes in 100 rows of 20") when lanes are grouped. The whole
 * line is also the tooltip, for when a narrow window cuts it short.
 */
final class PanelHeaderView extends HBox {
    PanelHeaderView(String id, ObservableValue<PanelHeader> header, ObservableValue<String> groupingNote) {
        setId("panel-header-" + id);
        getStyleClass().add(Styles.PANEL_HEADER_LINE);
        setAlignment(Pos.BASELINE_LEFT);
        setSpacing(8);
        Label model = new Label();
        model.getStyleClass().add(Styles.PANEL_HEADER);
        model.setMinWidth(Region.USE_PREF_SIZE);
        model.textProperty().bind(Bindings.createStringBinding(() -> header.getValue().model(), header));
        Label details = new Label();
        details.setId("header-" + id);
        details.getStyleClass().add(Styles.PANEL_DETAILS);
        details.setTextOverrun(OverrunStyle.ELLIPSIS);
        details.setMinWidth(0);
        details.textProperty().bind(Bindings.createStringBinding(() -> header.getValue().details(), header));
        HBox.setHgrow(details, Priority.ALWAYS);
        details.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label();
        note.setId("grouping-" + id);
        note.getStyleClass().add(Styles.PANEL_NOTE);
        note.setMinWidth(0);
        note.textProperty().bind(groupingNote);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        note.setTooltip(new Tooltip("Too many lanes for one row each: each row shows its group's main state"));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.createStringBinding(() -> header.getValue().text(), header));
        details.setTooltip(whole);
        getChildren().addAll(model, details, note);
    }
}
