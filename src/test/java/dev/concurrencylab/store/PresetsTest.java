package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.WorkloadKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetsTest {
    @Test
    void listsThePresetsInMenuOrderWithDescriptions() {
        List<Preset> presets = Presets.list();
        assertThat(presets).extracting(Preset::name).containsExactly("Classic I/O: fetching URLs",
                "Classic CPU: regex", "GIL vs free threads", "The real GIL", "Blocking the event loop", "10,000 virtual threads",
                "Connection-pool bottleneck", "How many threads? (CPU)", "How many threads? (I/O)");
        assertThat(presets).allSatisfy(p -> assertThat(p.experiment().description()).hasSizeGreaterThan(80));
    }

    @Test
    void classicPresetsCarryTheArticlesPublishedTimes() {
        ExperimentFile io = Presets.load("classic-io").experiment();
        assertThat(io.config().workload().kind()).isEqualTo(WorkloadKind.HTTP);
        assertThat(io.config().workload().tasks()).isEqualTo(200);
        assertThat(io.config().models()).containsExactly(ModelKind.SEQUENTIAL, ModelKind.POOL,
                ModelKind.ARTICLE_ASYNCIO, ModelKind.EVENTLOOP, ModelKind.CPYTHON_SEQUENTIAL,
                ModelKind.CPYTHON_THREADS, ModelKind.CPYTHON_ASYNCIO, ModelKind.CPYTHON_ARTICLE_ASYNCIO);
        assertThat(io.config().settings().workers()).isEqualTo(4);
        assertThat(io.referenceSeconds()).isEqualTo(Map.of(ModelKind.SEQUENTIAL, 37.98, ModelKind.POOL, 13.59,
                ModelKind.ARTICLE_ASYNCIO, 3.43, ModelKind.CPYTHON_SEQUENTIAL, 37.98, ModelKind.CPYTHON_THREADS, 13.59,
                ModelKind.CPYTHON_ARTICLE_ASYNCIO, 3.43));
        ExperimentFile cpu = Presets.load("classic-cpu").experiment();
        assertThat(cpu.config().models()).containsExactly(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.GIL,
                ModelKind.PROCESS, ModelKind.CPYTHON_SEQUENTIAL, ModelKind.CPYTHON_THREADS,
                ModelKind.CPYTHON_PROCESSES);
        assertThat(cpu.referenceSeconds()).isEqualTo(Map.of(ModelKind.SEQUENTIAL, 12.88, ModelKind.PROCESS, 8.42,
                ModelKind.CPYTHON_SEQUENTIAL, 12.88, ModelKind.CPYTHON_PROCESSES, 8.42));
        assertThat(cpu.referenceMs(ModelKind.PROCESS)).isEqualTo(8420.0);
    }

    @Test
    void theRealGilPutsCPythonsThreadsBesideTheEmulationOnTwoWorkers() {
        ExperimentFile gil = Presets.load("the-real-gil").experiment();
        assertThat(gil.config().workload().kind()).isEqualTo(WorkloadKind.CPU_REGEX);
        assertThat(gil.config().models()).containsExactly(ModelKind.POOL, ModelKind.GIL, ModelKind.CPYTHON_THREADS,
                ModelKind.CPYTHON_PROCESSES);
        assertThat(gil.config().settings().workers()).isEqualTo(2);
    }

    @Test
    void theSweepPresetsAskHowManyThreadsForCpuAndForIo() {
        ExperimentFile cpu = Presets.load("how-many-threads-cpu").experiment();
        assertThat(cpu.config().workload().kind()).isEqualTo(WorkloadKind.CPU_HASH);
        assertThat(cpu.config().models()).containsExactly(ModelKind.POOL, ModelKind.GIL, ModelKind.PROCESS);
        assertThat(cpu.sweep().workers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(cpu.sweep().repeats()).isEqualTo(3);
        ExperimentFile io = Presets.load("how-many-threads-io").experiment();
        assertThat(io.config().workload().kind()).isEqualTo(WorkloadKind.SLEEP);
        assertThat(io.config().workload().latencyMs()).isEqualTo(100);
        assertThat(io.config().models()).containsExactly(ModelKind.POOL, ModelKind.VIRTUAL);
        assertThat(io.sweep().workers()).containsExactly(1, 2, 4, 8, 16, 32, 64);
        assertThat(Presets.list()).filteredOn(p -> p.experiment().sweep() != null).hasSize(2);
    }

    @Test
    void connectionPoolPresetLimitsConnectionsBelowThreads() {
        var s = Presets.load("connection-pool-bottleneck").experiment().config().settings();
        assertThat(s.workers()).isEqualTo(50);
        assertThat(s.maxConnections()).isEqualTo(5);
        assertThat(Presets.load("ten-thousand-virtual-threads").experiment().config().workload().tasks())
                .isEqualTo(10_000);
    }

    @Test
    void everyPresetFileIsIndexedAndSavesBackToTheSameExperiment() throws IOException {
        try (var files = Files.list(Path.of("assets/presets"))) {
            List<String> json = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .toList();
            assertThat(Presets.index()).containsExactlyInAnyOrderElementsOf(json);
        }
        for (Preset p : Presets.list()) {
            assertThat(ExperimentFiles.parse(ExperimentFiles.toJson(p.experiment()), p.id()))
                    .isEqualTo(p.experiment());
        }
    }
}
