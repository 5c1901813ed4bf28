package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A model chosen with its interpreter: written, read, checked, and told apart from the same model elsewhere. */
class ModelEntryTest {
    private static final WorkloadConfig REGEX = WorkloadConfig.defaults(WorkloadKind.CPU_REGEX);

    @Test
    void aCPythonModelNamesItsInterpreterAfterAnAt() {
        ModelEntry pypy = ModelEntry.parse(" cpython-processes@pypy3 ");
        assertThat(pypy.kind()).isEqualTo(ModelKind.CPYTHON_PROCESSES);
        assertThat(pypy.interpreter()).isEqualTo("pypy3");
        assertThat(pypy.id()).isEqualTo("cpython-processes@pypy3");
        assertThat(ModelEntry.parse("cpython-sequential@/opt/pypy@2/bin/pypy3").interpreter())
                .as("only the first @ parts the model from its interpreter").isEqualTo("/opt/pypy@2/bin/pypy3");
        assertThat(ModelEntry.parse("pool")).isEqualTo(ModelEntry.of(ModelKind.POOL));
        assertThat(ModelEntry.parse("cpython-sequential@/opt/pypy3.10/bin/pypy3").slug())
                .isEqualTo("cpython-sequential-opt-pypy3.10-bin-pypy3");

        ModelSettings comparison = ModelSettings.defaults().withPython("python3");
        assertThat(pypy.settings(comparison).python()).isEqualTo("pypy3");
        assertThat(ModelEntry.of(ModelKind.CPYTHON_THREADS).settings(comparison)).isSameAs(comparison);
    }

    @Test
    void aJvmModelOrAnEmptyInterpreterIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ModelEntry.parse("pool@pypy3")).isInstanceOf(ConfigException.class)
                .hasMessage("model: 'pool@pypy3': only the cpython-* models run in an interpreter; pool runs in this JVM");
        assertThatThrownBy(() -> ModelEntry.parse("cpython-sequential@ ")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("model: 'cpython-sequential@' names no interpreter after '@'");
        assertThatThrownBy(() -> ModelEntry.parse("threads@pypy3")).hasMessageContaining("unknown model 'threads'");
        assertThatThrownBy(() -> ModelEntry.parse("cpython-sequential@pypy\n3")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("without control characters");
    }

    @Test
    void oneModelMayRunOncePerInterpreterAndEachRunsWithItsOwn() {
        ExperimentConfig c = new ExperimentConfig(REGEX, List.of(ModelEntry.parse("cpython-sequential"),
                ModelEntry.parse("cpython-sequential@pypy3")), ModelSettings.defaults().withPython("python3.11"));
        assertThat(c.kinds()).containsExactly(ModelKind.CPYTHON_SEQUENTIAL, ModelKind.CPYTHON_SEQUENTIAL);
        assertThat(c.settingsFor(0).python()).isEqualTo("python3.11");
        assertThat(c.settingsFor(1).python()).isEqualTo("pypy3");
        assertThatThrownBy(() -> c.withModels(List.of(ModelEntry.parse("cpython-sequential@pypy3"),
                ModelEntry.parse("cpython-sequential@pypy3")))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("twice").hasMessageContaining("once per interpreter");
    }

    @Test
    void anInterpreterThatIsNotThereIsRefusedWithTheWordsOfAMissingPython() {
        ExperimentConfig own = new ExperimentConfig(REGEX, List.of(ModelEntry.parse("cpython-sequential@/no/such/pypy3")),
                ModelSettings.defaults());
        ExperimentConfig shared = ExperimentConfig.of(REGEX, List.of(ModelKind.CPYTHON_SEQUENTIAL),
                ModelSettings.defaults().withPython("/no/such/pypy3"));
        String words = "/no/such/pypy3 does not exist; name a Python 3.8+ interpreter, e.g. /usr/bin/python3";
        assertThatThrownBy(() -> Comparison.check(shared)).hasMessage("python: " + words);
        assertThatThrownBy(() -> Comparison.check(own)).isInstanceOf(ConfigException.class)
                .hasMessage("python: cpython-sequential@/no/such/pypy3: " + words);
    }
}
