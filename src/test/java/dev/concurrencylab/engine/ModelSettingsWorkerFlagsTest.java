package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The process model's options: JVM flags are checked before any worker starts; old code keeps working. */
class ModelSettingsWorkerFlagsTest {

    @Test
    void flagsAreSplitIntoArguments() {
        ModelSettings s = ModelSettings.defaults().withWorkerJvmFlags("  -Xint   -Xmx256m ");
        assertThat(s.workerJvmFlagList()).containsExactly("-Xint", "-Xmx256m");
        assertThat(ModelSettings.defaults().workerJvmFlagList()).isEmpty();
        assertThat(s.withWorkers(3).workerJvmFlags()).isEqualTo("-Xint -Xmx256m");
    }

    @Test
    void anythingButJvmOptionsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ModelSettings.defaults().withWorkerJvmFlags("-Xint; rm -rf /"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("worker-jvm-flags: 'rm' is not a JVM option");
        assertThatThrownBy(() -> ModelSettings.defaults().withWorkerJvmFlags("-cp /tmp"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("class path");
    }

    @Test
    void theSixArgumentConstructorMeansNoFlagsAndAFreshPool() {
        ModelSettings s = new ModelSettings(2, 0, 5.0, true, 0, true);
        assertThat(s.workerJvmFlags()).isEmpty();
        assertThat(s.warmWorkers()).isFalse();
    }

    @Test
    void settingsSavedBeforeTheProcessOptionsStillLoad() {
        ModelSettings old = dev.concurrencylab.store.Json.MAPPER.readValue("""
                {"workers":3,"maxInFlight":0,"switchIntervalMs":5.0,"fairGil":true,"maxConnections":0,"warmup":true}
                """, ModelSettings.class);
        assertThat(old).isEqualTo(ModelSettings.defaults().withWorkers(3));
        ModelSettings noJit = ModelSettings.defaults().withWorkerJvmFlags(ModelSettings.NO_JIT_FLAGS).withWarmWorkers(true);
        String json = dev.concurrencylab.store.Json.MAPPER.writeValueAsString(noJit);
        assertThat(dev.concurrencylab.store.Json.MAPPER.readValue(json, ModelSettings.class)).isEqualTo(noJit);
    }
}
