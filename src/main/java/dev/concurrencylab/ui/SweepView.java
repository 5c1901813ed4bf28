package dev.concurrencylab.ui;

import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.SweepPicture;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The Sweep view beside the comparison: the worker counts and repeats (the experiment is the form's), the chart's
 * axes, the exports, the progress, and the chart itself. Run, Stop and auto-run are the window's own.
 */
final class SweepView extends VBox {
    private final SweepChartView chart;
    private final Label placeholder = new Label("Choose worker counts and repeats, then Run (Ctrl+R): every point is a "
            + "real run of the experiment on the left, and its laws are fitted as the points come in.");

    SweepView(SweepModel model, LabViewModel vm, SweepExports exports, ObservableValue<Palette> palette,
              ObservableValue<Number> textZoom) {
        super(6);
        setId("sweep-view");
        getStyleClass().add(Styles.SWEEP);
        Runnable commit = vm::inputCommitted;
        int cores = Runtime.getRuntime().availableProcessors();

        ComboBox<String> workers = new ComboBox<>();
        workers.setId("sweep-workers");
        workers.setEditable(true);
        workers.setPrefWidth(190);
        workers.getItems().setAll(List.of("1.." + Math.max(6, 2 * cores), "1,2,4,8,16,32,64", "1..64", "1..16"));
        workers.setTooltip(new Tooltip("Worker counts: a list (1,2,4,8), a range (1..16) or both (1..4,8,16), at most "
                + "64. Up to twice this machine's " + cores + " cores shows where CPU work stops gaining; "
                + "fits need 6 or more counts. For virtual threads and the event loop: tasks in flight."));
        workers.valueProperty().bindBidirectional(model.workersTextProperty());
        workers.setOnAction(e -> commit.run());
        TextField repeats = new TextField();
        repeats.setId("sweep-repeats");
        repeats.setPrefColumnCount(3);
        repeats.getStyleClass().add(Styles.FIELD_VALUE);
        repeats.setTooltip(new Tooltip("Runs per count: the chart shows the median and the min–max"));
        repeats.textProperty().bindBidirectional(model.repeatsTextProperty());
        repeats.setOnAction(e -> commit.run());
        markInvalid(model, workers, "workers");
        markInvalid(model, repeats, "repeat");

        SegmentedButton axis = choice(toggle("Speed-up", "sweep-speedup"), toggle("Throughput", "sweep-throughput"),
                model.axisProperty().get() == SweepPicture.Axis.SPEEDUP,
                on -> model.axisProperty().set(on ? SweepPicture.Axis.SPEEDUP : SweepPicture.Axis.THROUGHPUT));
        SegmentedButton scale = choice(toggle("Linear", "sweep-linear"), toggle("log₂", "sweep-log2"),
                !model.log2Property().get(), on -> model.log2Property().set(!on));

        MenuButton export = new MenuButton("Export sweep");
        export.setId("sweep-export");
        export.getItems().addAll(item("PNG…", "sweep-png", () -> exports.png(1)),
                item("PNG at 2× (for slides)…", "sweep-png2", () -> exports.png(2)), new SeparatorMenuItem(),
                item("CSV of the points…", "sweep-csv", exports::csv),
                item("JSON of points and fits…", "sweep-json", exports::json),
                item("Save recording…", "sweep-record", exports::recording));
        BooleanBinding nothing = Bindings.createBooleanBinding(() -> model.resultProperty().get() == null
                || model.resultProperty().get().points().isEmpty(), model.resultProperty());
        export.disableProperty().bind(nothing.or(vm.runningProperty()));

        Label progress = new Label();
        progress.setId("sweep-progress");
        progress.textProperty().bind(model.progressTextProperty());
        progress.visibleProperty().bind(model.progressTextProperty().isNotEmpty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label error = new Label();
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.textProperty().bind(model.errorMessageProperty());
        error.visibleProperty().bind(model.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        FlowPane bar = new FlowPane(10, 6, title("Workers", workers), workers, title("Repeats", repeats), repeats,
                axis, scale, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.SWEEP_BAR);

        chart = new SweepChartView(model, palette, textZoom);
        VBox.setVgrow(chart, Priority.ALWAYS);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(model.resultProperty().isNull());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        getChildren().addAll(bar, error, progress, placeholder, chart);
    }

    SweepChartView chart() {
        return chart;
    }

    /** Two toggles of which one stays selected; {@code onFirst} hears whether the first one is. */
    private static SegmentedButton choice(ToggleButton first, ToggleButton second, boolean firstSelected,
                                          java.util.function.Consumer<Boolean> onFirst) {
        SegmentedButton group = new SegmentedButton(first, second);
        first.setSelected(firstSelected);
        second.setSelected(!firstSelected);
        group.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                onFirst.accept(now == first);
            }
        });
        return group;
    }

    private static void markInvalid(SweepModel model, javafx.scene.Node input, String field) {
        model.errorFieldProperty().addListener((o, was, now) -> {
            if (field.equals(now)) {
                input.getStyleClass().add(Styles.ERROR_FIELD_INPUT);
            } else {
                input.getStyleClass().remove(Styles.ERROR_FIELD_INPUT);
            }
        });
    }

    private static ToggleButton toggle(String text, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        return b;
    }

    private static Label title(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.FIELD_TITLE);
        l.setLabelFor(field);
        return l;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setMnemonicParsing(false);
        i.setOnAction(e -> action.run());
        return i;
    }
}
