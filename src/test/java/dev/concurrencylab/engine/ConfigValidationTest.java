package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is refused before anything runs, with the field named and the allowed range given. */
class ConfigValidationTest {

    @Test
    void workersMustBePositive() {
        assertThatThrownBy(() -> ModelSettings.defaults().withWorkers(0))
                .isInstanceOf(ConfigException.class).hasMessageContaining("workers").hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> ModelSettings.defaults().withWorkers(-3)).hasMessageContaining("was -3");
    }

    @Test
    void aBillionTasksIsRefused() {
        assertThatThrownBy(() -> WorkloadConfig.defaults().withTasks(1_000_000_000))
                .isInstanceOf(ConfigException.class).hasMessageContaining("tasks").hasMessageContaining("100000");
    }

    @Test
    void workerProcessesCannotBeGivenHttpSoTheComparisonIsRefusedWhole() {
        assertThatThrownBy(() -> ExperimentConfig.of(WorkloadConfig.defaults(WorkloadKind.HTTP),
                java.util.List.of(ModelKind.SEQUENTIAL, ModelKind.PROCESS), ModelSettings.defaults()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("models")
                .hasMessageContaining("process cannot run http");
    }

    @Test
    void negativeLatencyIsRefused() {
        assertThatThrownBy(() -> WorkloadConfig.defaults().withLatencyMs(-1))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("latency-ms");
    }

    @Test
    void unknownModelAndWorkloadNameTheAllowedOnes() {
        assertThatThrownBy(() -> ModelKind.parse("threads"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("model").hasMessageContaining("sequential, pool");
        assertThatThrownBy(() -> WorkloadKind.parse("disk"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("workload").hasMessageContaining("cpu-regex");
    }

    @Test
    void unreadableInputFileIsRefusedBeforeRunning() {
        WorkloadConfig c = WorkloadConfig.defaults().withInputFile("/no/such/file.txt");
        assertThatThrownBy(() -> Workloads.create(c))
                .isInstanceOf(ConfigException.class).hasMessageContaining("input").hasMessageContaining("/no/such/file.txt");
    }

    @Test
    void modelsMustBeDistinctAndPresent() {
        assertThatThrownBy(() -> ExperimentConfig.defaults().withModels(List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("models");
        assertThatThrownBy(() -> ExperimentConfig.defaults().withModelKinds(List.of(ModelKind.POOL, ModelKind.POOL)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("twice");
    }

    @Test
    void targetUrlsAreCheckedWhenTheConfigIsMadeAndNotAgainWhenItIsCopied() {
        assertThatThrownBy(() -> WorkloadConfig.defaults(WorkloadKind.HTTP).withUrls(List.of("http://a.test/", "x")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("url: 'x'");
        WorkloadConfig c = WorkloadConfig.defaults(WorkloadKind.HTTP).withUrls(List.of(" http://a.test/p "));
        assertThat(c.urls()).containsExactly("http://a.test/p");
        assertThat(c.withTasks(3).urls()).as("the checked list travels with copies")
                .isSameAs(c.urls());
        assertThat(c).isEqualTo(WorkloadConfig.defaults(WorkloadKind.HTTP)
                .withUrls(List.of("http://a.test/p")));
    }

    @Test
    void hugeRegexInputsAreRefused() {
        assertThatThrownBy(() -> WorkloadConfig.defaults().withTasks(100_000).withLength(100_000))
                .isInstanceOf(ConfigException.class).hasMessageContaining("length");
    }
}
