package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentFormTest {
    private final ExperimentForm form = new ExperimentForm(LabSettings.defaultExperiment(),
            List.of(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.VIRTUAL, ModelKind.FORKJOIN,
                    ModelKind.EVENTLOOP, ModelKind.GIL));

    @Test
    void theDefaultExperimentIsValid() {
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.configProperty().get()).isEqualTo(LabSettings.defaultExperiment());
    }

    @Test
    void anOutOfRangeValueNamesTheFieldAndItsRange() {
        form.text(ExperimentForm.TASKS).set("0");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.configProperty().get()).isNull();
        assertThat(form.errorFieldProperty().get()).isEqualTo("tasks");
        assertThat(form.errorMessageProperty().get()).contains("tasks", "between 1 and 100000", "was 0");

        form.text(ExperimentForm.TASKS).set("12");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.errorFieldProperty().get()).isEmpty();
        assertThat(form.configProperty().get().workload().tasks()).isEqualTo(12);
    }

    @Test
    void httpWithWorkerProcessesIsFlaggedOnTheModelsBeforeAnythingRuns() {
        ExperimentForm all = new ExperimentForm(LabSettings.defaultExperiment(), List.of(ModelKind.values()));
        all.setModelSelected(ModelKind.PROCESS, true);
        assertThat(all.validProperty().get()).isTrue();
        all.workloadProperty().set(WorkloadKind.HTTP);
        assertThat(all.validProperty().get()).isFalse();
        assertThat(all.errorFieldProperty().get()).isEqualTo("models");
        assertThat(all.errorMessageProperty().get()).contains("process cannot run http");
        all.setModelSelected(ModelKind.PROCESS, false);
        assertThat(all.validProperty().get()).isTrue();
    }

    @Test
    void aCPythonModelRunsOncePerInterpreterAndAnUnusableOneIsNamedOnTheModels() {
        ExperimentForm all = new ExperimentForm(LabSettings.defaultExperiment(), List.of(ModelKind.values()));
        ModelEntry cpython = ModelEntry.of(ModelKind.CPYTHON_SEQUENTIAL);
        ModelEntry pypy = ModelEntry.parse("cpython-sequential@pypy3");
        all.setModelSelected(ModelKind.CPYTHON_SEQUENTIAL, true);
        assertThat(all.addModel(pypy)).isTrue();
        assertThat(all.addModel(pypy)).as("already chosen").isFalse();
        assertThat(all.configProperty().get().models()).endsWith(cpython, pypy);
        assertThat(all.setInterpreter(cpython, "pypy3")).as("the same run twice").isFalse();
        assertThat(all.uncheckedInterpreters()).containsExactly("pypy3");

        all.interpreterChecked("pypy3", "'pypy3' is neither a file nor a command on PATH");
        assertThat(all.errorFieldProperty().get()).isEqualTo("models");
        assertThat(all.errorMessageProperty().get())
                .isEqualTo("models: cpython-sequential@pypy3: 'pypy3' is neither a file nor a command on PATH");
        assertThat(all.setInterpreter(pypy, "python3")).isTrue();
        assertThat(all.validProperty().get()).as("python3 is not known to be unusable").isTrue();
        assertThat(all.configProperty().get().models()).endsWith(cpython, ModelEntry.parse("cpython-sequential@python3"));
        all.setModelSelected(ModelKind.CPYTHON_SEQUENTIAL, false);
        assertThat(all.selectedModels()).extracting(ModelEntry::kind).doesNotContain(ModelKind.CPYTHON_SEQUENTIAL);
    }

    @Test
    void textThatIsNotANumberIsNamed() {
        form.text(ExperimentForm.WORKERS).set("four");
        assertThat(form.errorFieldProperty().get()).isEqualTo("workers");
        assertThat(form.errorMessageProperty().get()).contains("whole number", "four");
    }

    @Test
    void workersStopAtSixtyFourInTheWindow() {
        form.text(ExperimentForm.WORKERS).set("65");
        assertThat(form.errorMessageProperty().get()).contains("workers", "between 1 and 64");
    }

    @Test
    void modelsRunInTheOrderChosenAndMoved() {
        form.setModelSelected(ModelKind.GIL, true);
        form.setModelSelected(ModelKind.VIRTUAL, true);
        form.setModelSelected(ModelKind.SEQUENTIAL, false);
        assertThat(form.configProperty().get().kinds()).as("added at the end, the others keep their places")
                .containsExactly(ModelKind.POOL, ModelKind.EVENTLOOP, ModelKind.GIL, ModelKind.VIRTUAL);
        form.moveModel(ModelEntry.of(ModelKind.VIRTUAL), -1);
        form.moveModel(ModelEntry.of(ModelKind.POOL), 1);
        form.moveModel(ModelEntry.of(ModelKind.EVENTLOOP), -5);
        assertThat(form.configProperty().get().kinds()).as("moves stop at either end")
                .containsExactly(ModelKind.EVENTLOOP, ModelKind.POOL, ModelKind.VIRTUAL, ModelKind.GIL);
    }

    @Test
    void oneToEightModelsInTheOrderChosen() {
        ExperimentForm all = new ExperimentForm(LabSettings.defaultExperiment(), List.of(ModelKind.values()));
        for (ModelKind m : List.of(ModelKind.GIL, ModelKind.VIRTUAL, ModelKind.FORKJOIN, ModelKind.ARTICLE_ASYNCIO,
                ModelKind.PROCESS)) {
            all.setModelSelected(m, true);
        }
        assertThat(all.configProperty().get().models()).hasSize(8);
        all.setModelSelected(ModelKind.CPYTHON_SEQUENTIAL, true);
        assertThat(all.errorFieldProperty().get()).isEqualTo("models");
        assertThat(all.errorMessageProperty().get()).contains("models", "1 to 8");
        all.setModelSelected(ModelKind.SEQUENTIAL, false);
        assertThat(all.configProperty().get().kinds()).startsWith(ModelKind.POOL, ModelKind.EVENTLOOP, ModelKind.GIL)
                .endsWith(ModelKind.PROCESS, ModelKind.CPYTHON_SEQUENTIAL);
        for (ModelEntry m : List.copyOf(all.selectedModels())) {
            all.setModelSelected(m.kind(), false);
        }
        assertThat(all.errorMessageProperty().get()).contains("models", "1 to 8");
    }

    @Test
    void anInterpreterThatCannotRunTheCPythonModelsIsNamedOnItsField() {
        ExperimentForm all = new ExperimentForm(LabSettings.defaultExperiment(), List.of(ModelKind.values()));
        all.pythonProperty().set("/no/python3");
        all.pythonChecked("/no/python3", "/no/python3 does not exist");
        assertThat(all.validProperty().get()).as("no CPython model chosen: nothing to block").isTrue();
        all.setModelSelected(ModelKind.CPYTHON_THREADS, true);
        assertThat(all.errorFieldProperty().get()).isEqualTo(ExperimentForm.PYTHON);
        assertThat(all.errorMessageProperty().get()).isEqualTo("python: /no/python3 does not exist");
        all.pythonChecked("/usr/bin/python2", ""); // a check of an earlier entry, answered late: ignored
        assertThat(all.validProperty().get()).isFalse();
        all.pythonProperty().set("python3");
        all.pythonChecked("python3", "");
        assertThat(all.configProperty().get().settings().python()).isEqualTo("python3");
        assertThat(all.configProperty().get().settings().switchIntervalMs()).isEqualTo(5.0);
    }

    @Test
    void aFieldTheWorkloadDoesNotUseCannotBlockRun() {
        form.text(ExperimentForm.HASH_ROUNDS).set("-5");
        assertThat(form.validProperty().get()).as("sleep ignores hash rounds").isTrue();
        form.workloadProperty().set(WorkloadKind.CPU_HASH);
        assertThat(form.errorFieldProperty().get()).isEqualTo("hash-rounds");
    }

    @Test
    void loadingKeepsTheExperimentsModelOrder() {
        ExperimentConfig c = LabSettings.defaultExperiment().withModelKinds(List.of(ModelKind.EVENTLOOP, ModelKind.VIRTUAL,
                ModelKind.SEQUENTIAL));
        form.load(c);
        assertThat(form.selectedModels()).extracting(ModelEntry::kind).containsExactly(ModelKind.EVENTLOOP, ModelKind.VIRTUAL, ModelKind.SEQUENTIAL);
        assertThat(form.configProperty().get()).isEqualTo(c);
    }

    @Test
    void executorThreadsAreReadOnlyForArticleAsyncio() {
        ExperimentForm all = new ExperimentForm(LabSettings.defaultExperiment(), List.of(ModelKind.values()));
        all.text(ExperimentForm.EXECUTOR_THREADS).set("-1");
        assertThat(all.validProperty().get()).as("no article-asyncio: the field is not read").isTrue();
        all.setModelSelected(ModelKind.ARTICLE_ASYNCIO, true);
        assertThat(all.errorFieldProperty().get()).isEqualTo(ExperimentForm.EXECUTOR_THREADS);
        all.text(ExperimentForm.EXECUTOR_THREADS).set("12");
        assertThat(all.configProperty().get().settings().threadsFor(ModelKind.ARTICLE_ASYNCIO, 200)).isEqualTo(12);
    }

    @Test
    void everyFieldCountsExactlyWhileItApplies() {
        // the table decides both what the form reads and what the window shows: garbage in a field blocks Run
        // exactly when the field applies
        List<ModelKind> models = List.of(ModelKind.SEQUENTIAL, ModelKind.GIL, ModelKind.PROCESS);
        for (WorkloadKind kind : List.of(WorkloadKind.CPU_REGEX, WorkloadKind.CPU_HASH, WorkloadKind.SLEEP,
                WorkloadKind.MIXED)) {
            for (List<ModelKind> chosen : List.of(List.of(ModelKind.SEQUENTIAL), models)) {
                for (FormField f : FormField.values()) {
                    if (f.range() == null) {
                        continue;
                    }
                    ExperimentForm fresh = new ExperimentForm(LabSettings.defaultExperiment(), models);
                    fresh.workloadProperty().set(kind);
                    models.forEach(m -> fresh.setModelSelected(m, chosen.contains(m)));
                    fresh.text(f).set("x");
                    assertThat(fresh.validProperty().get()).as("%s with %s and %s", f, kind, chosen)
                            .isEqualTo(!f.appliesTo(kind, chosen));
                    assertThat(fresh.appliesBinding(f).get()).isEqualTo(f.appliesTo(kind, chosen));
                }
            }
        }
    }

    @Test
    void loadingAConfigFillsEveryField() {
        ExperimentConfig c = ExperimentConfig.defaults();
        form.load(c);
        assertThat(form.workloadProperty().get()).isEqualTo(WorkloadKind.CPU_REGEX);
        assertThat(form.text(ExperimentForm.LENGTH).get()).isEqualTo("1000");
        assertThat(form.configProperty().get()).isEqualTo(c);
    }

    @Test
    void httpTakesLatencyMaxConnectionsAndOptionalUrls() {
        form.workloadProperty().set(WorkloadKind.HTTP);
        form.text(ExperimentForm.LATENCY).set("120");
        form.text(ExperimentForm.MAX_CONNECTIONS).set("5");
        assertThat(form.validProperty().get()).isTrue();
        ExperimentConfig c = form.configProperty().get();
        assertThat(c.workload().kind()).isEqualTo(WorkloadKind.HTTP);
        assertThat(c.workload().latencyMs()).isEqualTo(120);
        assertThat(c.workload().urls()).isEmpty();
        assertThat(c.settings().maxConnections()).isEqualTo(5);

        form.urlsProperty().set("http://127.0.0.1:8080/a,\n http://127.0.0.1:8080/b\n");
        assertThat(form.configProperty().get().workload().urls())
                .containsExactly("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b");

        form.urlsProperty().set("http://127.0.0.1/a ftp://example.org/x");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.errorFieldProperty().get()).isEqualTo(ExperimentForm.URLS);
        assertThat(form.errorMessageProperty().get()).contains("ftp://example.org/x", "http://");

        form.urlsProperty().set("");
        form.text(ExperimentForm.MAX_CONNECTIONS).set("-1");
        assertThat(form.errorFieldProperty().get()).isEqualTo(ExperimentForm.MAX_CONNECTIONS);
    }

    @Test
    void anHttpExperimentLoadsAsHttp() {
        ExperimentConfig c = ExperimentConfig.of(WorkloadConfig.defaults(WorkloadKind.HTTP).withLatencyMs(100)
                .withUrls(List.of("http://127.0.0.1:9/x")), List.of(ModelKind.POOL),
                ModelSettings.defaults().withMaxConnections(5));
        form.load(c);
        assertThat(form.workloadProperty().get()).isEqualTo(WorkloadKind.HTTP);
        assertThat(form.text(ExperimentForm.MAX_CONNECTIONS).get()).isEqualTo("5");
        assertThat(form.configProperty().get()).isEqualTo(c);
    }

    @Test
    void workersWithoutJitIsOneSwitchOnTheProcessModel() {
        ExperimentForm withProcess = new ExperimentForm(LabSettings.defaultExperiment(),
                List.of(ModelKind.SEQUENTIAL, ModelKind.PROCESS));
        withProcess.setModelSelected(ModelKind.PROCESS, true);
        withProcess.workersWithoutJitProperty().set(true);
        assertThat(withProcess.configProperty().get().settings().workerJvmFlagList())
                .containsExactly(ModelSettings.NO_JIT_FLAGS);
        withProcess.workersWithoutJitProperty().set(false);
        assertThat(withProcess.configProperty().get().settings().workerJvmFlags()).isEmpty();
    }
}
