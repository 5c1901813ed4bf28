package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A CPython model in two interpreters, chosen beside it in the model list, and run side by side. */
class InterpreterChoiceWindowTest extends LabWindowTestSupport {
    @Start
    void start(Stage stage) throws IOException {
        mount(stage);
    }

    @Test
    void aSecondInterpreterIsAddedBesideTheModelAndBothRunInTheirOwnPanels(FxRobot robot) throws Exception {
        load(robot, ExperimentConfig.of(WorkloadConfig.defaults(WorkloadKind.CPU_REGEX).withTasks(24).withLength(300),
                List.of(ModelKind.CPYTHON_SEQUENTIAL), ModelSettings.defaults().withWarmup(false)));
        // the interpreters on PATH are offered once the window has looked for them (pypy3 among them here, as in CI)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().form().interpreterChoices().contains("pypy3"));
        ComboBox<String> first = robot.lookup("#interpreter-cpython-sequential").query();
        assertThat(shown(first)).as("shown under a chosen CPython model").isTrue();
        assertThat(first.getItems()).contains("", "python3", "pypy3", ModelRow.OTHER);
        assertThat(robot.lookup("#interpreter-cpython-threads").tryQuery()).as("none under a model not chosen")
                .isEmpty();

        reveal(robot, first);
        robot.clickOn("#add-interpreter-cpython-sequential");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().form().selectedModels()).containsExactly(ModelEntry.parse("cpython-sequential"),
                ModelEntry.parse("cpython-sequential@pypy3"));
        ComboBox<String> second = robot.lookup("#interpreter-cpython-sequential-pypy3").query();
        assertThat(second.getValue()).isEqualTo("pypy3");
        // the first row cannot take the second's interpreter: that would be the same run twice
        robot.interact(() -> first.setValue("pypy3"));
        assertThat(first.getValue()).isEqualTo("");
        assertThat(vm().form().selectedModels()).hasSize(2);

        // "Other…" takes a typed path: one that is not there is named under the models, and Run waits
        robot.interact(() -> second.setValue(ModelRow.OTHER));
        robot.write("/no/such/pypy3");
        robot.interact(second::commitValue); // as leaving the field does (Enter would also press Run)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().form().errorMessageProperty().get()
                .contains("cpython-sequential@/no/such/pypy3: /no/such/pypy3 does not exist"));
        assertThat(vm().canRunBinding().get()).isFalse();
        ComboBox<String> typed = robot.lookup("#interpreter-cpython-sequential-no-such-pypy3").query();
        robot.interact(() -> typed.setValue("pypy3"));
        assertThat(vm().form().validProperty().get()).isTrue();

        runAndWait(robot, 60);
        assertThat(vm().panels().get(0).headerProperty().get().text()).startsWith("cpython-sequential ·")
                .contains("CPython 3.", "GIL on");
        assertThat(vm().panels().get(1).headerProperty().get().text()).startsWith("cpython-sequential@pypy3 ·")
                .containsPattern("PyPy [0-9.]+ \\(Python 3[0-9.]+\\) · JIT · GIL on");
        assertThat(robot.lookup("#header-cpython-sequential-pypy3").queryAs(Label.class).getText())
                .as("each panel's header, told apart by its entry").contains("PyPy");
        assertThat(robot.lookup("#warmup-cpython-sequential-pypy3").queryAs(Label.class).getText())
                .startsWith("warm-up: first 5 % (2 tasks)");
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
