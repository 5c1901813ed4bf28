package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/** The left side: the workload and its parameters, the models, the switches, and Run / Stop. */
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

        SliderField tasks = new SliderField(ExperimentForm.TASKS, "Tasks", "", 1, 1000, 1, form, commit);
        workers = new SliderField(ExperimentForm.WORKERS, "Workers", "threads", 1, ExperimentForm.MAX_WORKERS, 1,
                form, commit);
        SliderField rounds = new SliderField(ExperimentForm.HASH_ROUNDS, "CPU work", "rounds", 1000, 200_000, 1000,
                form, commit);
        SliderField length = new SliderField(ExperimentForm.LENGTH, "CPU work", "chars", 10, 5000, 10, form, commit);
        LatencyRangeField wait = new LatencyRangeField(form, commit);
        SliderField taskLength = new SliderField(ExperimentForm.LATENCY, "Task length", "ms", 0, 1000, 1, form,
                commit);
        SliderField connections = new SliderField(ExperimentForm.MAX_CONNECTIONS, "Max connections", "", 0,
                200, 1, form, commit);
        Tooltip.install(connections, new Tooltip("The HTTP client's connection-pool limit; "
                + "0 sizes it to the model's concurrency"));
        UrlField urls = new UrlField(form, commit);
        SliderField share = new SliderField(ExperimentForm.CPU_SHARE, "CPU share", "%", 0, 100, 1, form, commit);
        SliderField interval = new SliderField(ExperimentForm.SWITCH_INTERVAL, "GIL switch", "ms", 0.05,
                50, 0.05, form, commit);
        SliderField executor = new SliderField(ExperimentForm.EXECUTOR_THREADS, "Executor", "threads", 0,
                ExperimentForm.MAX_WORKERS, 1, form, commit);
        Tooltip.install(executor, new Tooltip("The article's 'asyncio' executor threads; 0 takes Python's default, "
                + "min(32, cores + 4): " + ModelSettings.articleAsyncioThreads() + " here, 12 on the article's machine"));
        BooleanBinding asyncio = Bindings.createBooleanBinding(
                () -> ExperimentForm.usesExecutor(form.selectedModels()), form.selectedModels());
        executor.visibleProperty().bind(asyncio);
        executor.managedProperty().bind(asyncio);
        ToggleSwitch fair = toggle("Fair GIL hand-over", "fair-gil",
                "A thread that drops the GIL waits until another has taken it, as CPython does");
        fair.selectedProperty().bindBidirectional(form.fairGilProperty());
        fair.selectedProperty().addListener(o -> commit.run());

        showFor(form, rounds, WorkloadKind.CPU_HASH);
        showFor(form, length, WorkloadKind.CPU_REGEX);
        showFor(form, wait, WorkloadKind.SLEEP, WorkloadKind.HTTP);
        showFor(form, connections, WorkloadKind.HTTP);
        showFor(form, urls, WorkloadKind.HTTP);
        showFor(form, taskLength, WorkloadKind.MIXED);
        showFor(form, share, WorkloadKind.MIXED);
        BooleanBinding gil = Bindings.createBooleanBinding(() -> form.selectedModels().contains(ModelKind.GIL),
                form.selectedModels());
        fair.visibleProperty().bind(gil);
        fair.managedProperty().bind(gil);
        BooleanBinding switching = Bindings.createBooleanBinding(
                () -> ExperimentForm.usesSwitchInterval(form.selectedModels()), form.selectedModels());
        interval.visibleProperty().bind(switching);
        interval.managedProperty().bind(switching);

        ToggleSwitch noJit = toggle("Workers without JIT (-Xint)", "no-jit",
                "Starts the worker processes with -Xint: every task runs interpreted, as a CPython worker would");
        noJit.selectedProperty().bindBidirectional(form.workersWithoutJitProperty());
        noJit.selectedProperty().addListener(o -> commit.run());
        BooleanBinding process = Bindings.createBooleanBinding(
                () -> form.selectedModels().contains(ModelKind.PROCESS), form.selectedModels());
        noJit.visibleProperty().bind(process);
        noJit.managedProperty().bind(process);

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

    private static void showFor(ExperimentForm form, Node node, WorkloadKind... kinds) {
        List<WorkloadKind> mine = List.of(kinds);
        BooleanBinding shown = Bindings.createBooleanBinding(() -> mine.contains(form.workloadProperty().get()),
                form.workloadProperty());
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static ToggleSwitch toggle(String text, String id, String tip) {
        ToggleSwitch t = new ToggleSwitch(text);
        t.setId(id);
        t.setTooltip(new Tooltip(tip));
        t.setMaxWidth(Double.MAX_VALUE);
        return t;
    }
}
