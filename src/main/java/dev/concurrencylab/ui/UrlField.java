package dev.concurrencylab.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** http: the optional URL list, one per line or separated by commas; the engine's checks name a bad one. */
final class UrlField extends VBox {
    UrlField(ExperimentForm form, Runnable onCommit) {
        super(4);
        getStyleClass().add(Styles.FIELD);
        TextArea text = new TextArea();
        text.setId("urls");
        text.setPromptText("empty: the built-in latency server on 127.0.0.1");
        text.setPrefRowCount(3);
        text.setWrapText(false);
        text.setTooltip(new Tooltip("http:// or https:// URLs, one per line or separated by commas; "
                + "the tasks take them in turn"));
        text.textProperty().bindBidirectional(form.urlsProperty());
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                onCommit.run();
            }
        });
        Label name = new Label(FormField.URLS.title());
        name.getStyleClass().add(Styles.FIELD_TITLE);
        name.setLabelFor(text);
        getChildren().addAll(name, text, FieldError.beside(form, text, ExperimentForm.URLS, "urls"));
    }
}
