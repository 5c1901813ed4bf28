package dev.concurrencylab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class LabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Concurrency Lab");
        stage.setScene(new Scene(new Label("Concurrency Lab"), 1280, 800));
        stage.show();
    }
}
