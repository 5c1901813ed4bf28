package dev.concurrencylab.ui;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.Durations;
import dev.concurrencylab.render.LatencyText;
import dev.concurrencylab.render.PublishedTimes;
import dev.concurrencylab.render.SummaryLine;
import dev.concurrencylab.render.WarmupText;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The summary chart: a bar of wall time per model on one scale, the ideal bound marked on it, and beside it the
 * words of {@link SummaryLine} (speed-up against the first model, CPU use, failures and why, any published time),
 * and the notes that explain a published time, as in the PNG.
 */
final class SummaryView extends GridPane {
    private final ObservableList<RunOutput> outputs;
    private final ObjectProperty<PublishedTimes> published = new SimpleObjectProperty<>(PublishedTimes.NONE);

    SummaryView(ObservableList<RunOutput> outputs) {
        this.outputs = outputs;
        setId("summary");
        getStyleClass().add(Styles.SUMMARY);
        setHgap(12);
        setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(120);
        ColumnConstraints text = new ColumnConstraints();
        getColumnConstraints().setAll(name, bar, text);
        outputs.addListener((ListChangeListener<RunOutput>) c -> rebuild());
        published.addListener(o -> rebuild());
        rebuild();
    }

    /** Published wall times (the article's, for the classic presets), shown beside the measured ones. */
    ObjectProperty<PublishedTimes> publishedProperty() {
        return published;
    }

    private void rebuild() {
        getChildren().clear();
        List<RunResult> results = outputs.stream().map(RunOutput::result).toList();
        if (results.isEmpty()) {
            Label none = new Label("Run a comparison to see wall time, ideal bound, speed-up and CPU use per model.");
            none.getStyleClass().add(Styles.PLACEHOLDER);
            none.setWrapText(true);
            add(none, 0, 0, 3, 1);
            return;
        }
        double scale = 0;
        for (RunResult r : results) {
            scale = Math.max(scale, Math.max(r.wallMs(), r.boundMs()));
        }
        RunResult first = results.getFirst();
        PublishedTimes times = published.get() == null ? PublishedTimes.NONE : published.get();
        for (int i = 0; i < results.size(); i++) {
            RunResult r = results.get(i);
            Label model = new Label(r.label());
            model.getStyleClass().add(Styles.FIELD_TITLE);
            model.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(SummaryLine.of(r, first, times.beside(r.entry())));
            text.getStyleClass().add(Styles.SUMMARY_TEXT);
            text.setId("summary-" + r.entry().slug());
            // a narrow window or large text cuts the line short: the tooltip has all of it, and every failure reason
            text.setTooltip(new Tooltip(text.getText() + "\n" + failureDetail(r)));
            Label latency = small("latency-" + r.entry().slug(), LatencyText.compact(r),
                    LatencyText.line(r) + "\n" + LatencyText.MEANING);
            javafx.scene.layout.VBox lines = new javafx.scene.layout.VBox(text, latency);
            String warmup = WarmupText.line(r);
            if (warmup != null) {
                lines.getChildren().add(small("warmup-" + r.entry().slug(), "warm-up: " + warmup,
                        "warm-up: " + warmup + "\n" + WarmupText.MEANING));
            }
            Bar bar = new Bar(r.wallMs() / scale, r.boundMs() / scale);
            Tooltip.install(bar, new Tooltip("wall " + Durations.ms(r.wallMs()) + ", ideal bound "
                    + Durations.ms(r.boundMs())));
            add(model, 0, i);
            add(bar, 1, i);
            add(lines, 2, i);
        }
        List<String> notes = times.notes(results);
        for (int i = 0; i < notes.size(); i++) {
            Label note = new Label(notes.get(i));
            note.setId("summary-note-" + i);
            note.getStyleClass().add(Styles.FIELD_UNIT);
            note.setWrapText(true);
            note.setMaxWidth(Double.MAX_VALUE);
            note.setMinHeight(Region.USE_PREF_SIZE);
            add(note, 0, results.size() + i, 3, 1);
        }
    }

    /** Every failure reason with its count (the line names the two most frequent). */
    private static String failureDetail(RunResult r) {
        StringBuilder b = new StringBuilder(r.label());
        r.errorReasons().forEach((why, n) -> b.append('\n').append(n).append(" × ").append(why));
        return r.errorReasons().isEmpty() ? b.append(": no task failed").toString() : b.toString();
    }

    /** A secondary line under a model's figures, as wide as the line above it, the whole text in its tooltip. */
    private static Label small(String id, String text, String tip) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(Styles.PLACEHOLDER);
        l.setStyle("-fx-font-size: 0.8em;");
        l.setPrefWidth(1); // cut with an ellipsis rather than widen the column
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(l, new Tooltip(tip));
        return l;
    }

    /** A horizontal bar for the wall time with a marker at the bound, both as shares of the track. */
    private static final class Bar extends Pane {
        private final Region fill = new Region();
        private final Region bound = new Region();
        private final double wallShare;
        private final double boundShare;

        Bar(double wallShare, double boundShare) {
            this.wallShare = wallShare;
            this.boundShare = boundShare;
            getStyleClass().add(Styles.SUMMARY_TRACK);
            fill.getStyleClass().add(Styles.SUMMARY_BAR);
            bound.getStyleClass().add(Styles.SUMMARY_BOUND);
            getChildren().addAll(fill, bound);
            setMinHeight(22);
            setPrefHeight(26);
            setMaxHeight(Region.USE_PREF_SIZE);
            setMinWidth(100);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            fill.resizeRelocate(0, 3, Math.max(2, w * wallShare), h - 6);
            bound.resizeRelocate(Math.min(w - 3, w * boundShare) - 1.5, 0, 3, h);
        }
    }
}
