package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadKind;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * The left side: the workload and its parameters, the models and the switches; and Run / Stop in a bar of their
 * own ({@link #actions()}), which the window keeps in view while the form scrolls.
 */
final class ExperimentFormView extends VBox {
    private final HBox actions;
    private final SliderField workers;

    /** {@code header} goes above the workload: the open experiment's name and description. */
    ExperimentFormView(LabViewModel vm, Node header) {
        super(10);
        ExperimentForm form = vm.form();
        Runnable commit = vm::inputCommitted;
        getStyleClass().add(Styles.FORM);

        ComboBox<WorkloadKind> workload = new ComboBox<>();
        workload.setId("workload");
        workload.getItems().setAll(WorkloadKind.values());
        workload.valueProperty().bindBidirectional(form.workloadProperty());
        workload.setMaxWidth(Double.MAX_VALUE);
        workload.setOnAction(e -> commit.run());

        SliderField tasks = new SliderField(FormField.TASKS, form, commit);
        workers = new SliderField(FormField.WORKERS, form, commit);
        SliderField rounds = new SliderField(FormField.HASH_ROUNDS, form, commit);
        SliderField length = new SliderField(FormField.LENGTH, form, commit);
        LatencyRangeField wait = new LatencyRangeField(form, commit);
        SliderField taskLength = new SliderField(FormField.LATENCY, form, commit);
        SliderField connections = new SliderField(FormField.MAX_CONNECTIONS, form, commit);
        Tooltip.install(connections, new Tooltip("The HTTP client's connection-pool limit; "
                + "0 sizes it to the model's concurrency"));
        UrlField urls = new UrlField(form, commit);
        SliderField share = new SliderField(FormField.CPU_SHARE, form, commit);
        SliderField interval = new SliderField(FormField.SWITCH_INTERVAL, form, commit);
        SliderField executor = new SliderField(FormField.EXECUTOR_THREADS, form, commit);
        Tooltip.install(executor, new Tooltip("The article's 'asyncio' executor threads; 0 takes Python's default, "
                + "min(32, cores + 4): " + ModelSettings.articleAsyncioThreads() + " here, 12 on the article's machine"));
        ToggleSwitch fair = toggle(FormField.FAIR_GIL,
                "A thread that drops the GIL waits until another has taken it, as CPython does");
        fair.selectedProperty().bindBidirectional(form.fairGilProperty());
        fair.selectedProperty().addListener(o -> commit.run());
        ToggleSwitch noJit = toggle(FormField.NO_JIT,
                "Starts the worker processes with -Xint: every task runs interpreted, as a CPython worker would");
        noJit.selectedProperty().bindBidirectional(form.workersWithoutJitProperty());
        noJit.selectedProperty().addListener(o -> commit.run());

        showWhile(form.appliesBinding(FormField.HASH_ROUNDS), rounds);
        showWhile(form.appliesBinding(FormField.LENGTH), length);
        // a wait with jitter is a range (latency to latency + jitter); mixed has a task length only
        showWhile(form.appliesBinding(FormField.JITTER), wait);
        showWhile(form.appliesBinding(FormField.LATENCY).and(form.appliesBinding(FormField.JITTER).not()),
                taskLength);
        showWhile(form.appliesBinding(FormField.CPU_SHARE), share);
        showWhile(form.appliesBinding(FormField.MAX_CONNECTIONS), connections);
        showWhile(form.appliesBinding(FormField.URLS), urls);
        showWhile(form.appliesBinding(FormField.SWITCH_INTERVAL), interval);
        showWhile(form.appliesBinding(FormField.EXECUTOR_THREADS), executor);
        showWhile(form.appliesBinding(FormField.FAIR_GIL), fair);
        showWhile(form.appliesBinding(FormField.NO_JIT), noJit);

        ToggleSwitch warmup = toggle("Warm-up before each run", "warmup",
                "Runs a few untimed tasks first, so the JIT has compiled the code being measured");
        warmup.selectedProperty().bindBidirectional(form.warmupProperty());
        ToggleSwitch autoRun = toggle("Auto-run on release", "auto-run",
                "Re-run the comparison as soon as a slider is released");
        autoRun.selectedProperty().bindBidirectional(vm.autoRunProperty());
        ToggleSwitch quiet = toggle("Quiet measuring", "quiet-measuring",
                "CPU-bound runs: draw the timelines once a second while they are measured, so the window does not"
                        + " take the cores from them, then replay them at full speed");
        quiet.selectedProperty().bindBidirectional(vm.quietMeasuringProperty());

        Button run = new Button("Run");
        run.setId("run");
        run.getStyleClass().add(Styles.RUN_BUTTON);
        run.setTooltip(new Tooltip("Run the comparison (Ctrl+R)"));
        run.disableProperty().bind(vm.canRunBinding().not());
        run.setOnAction(e -> vm.run());
        run.setDefaultButton(true);
        Button stop = new Button("Stop");
        stop.setId("stop");
        stop.getStyleClass().add(Styles.STOP_BUTTON);
        stop.setTooltip(new Tooltip("Stop every run (Esc)"));
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.stop());
        HBox.setHgrow(run, Priority.ALWAYS);
        HBox.setHgrow(stop, Priority.ALWAYS);
        run.setMaxWidth(Double.MAX_VALUE);
        stop.setMaxWidth(Double.MAX_VALUE);

        actions = new HBox(8, run, stop);
        actions.setId("run-actions");
        actions.getStyleClass().add(Styles.RUN_ACTIONS);
        vm.checkPython(); // so the CPython models show at once whether they can run here
        getChildren().addAll(header, title("Workload"), workload, tasks, rounds, length, wait, taskLength, share,
                connections, urls, title("Models"), new ModelChoice(form, commit), workers, executor,
                interval, fair, noJit,
                title("Options"), warmup, autoRun, quiet);
    }

    /** Run and Stop: kept below the form, outside its scrolling, so they are always in reach. */
    HBox actions() {
        return actions;
    }

    SliderField workersField() {
        return workers;
    }

    private static void showWhile(BooleanExpression shown, Node node) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static ToggleSwitch toggle(FormField field, String tip) {
        return toggle(field.title(), field.id(), tip);
    }

    private static ToggleSwitch toggle(String text, String id, String tip) {
        ToggleSwitch t = new ToggleSwitch(text);
        t.setId(id);
        t.setTooltip(new Tooltip(tip));
        t.setMaxWidth(Double.MAX_VALUE);
        return t;
    }
}
