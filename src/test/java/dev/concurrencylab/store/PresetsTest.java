package dev.concurrencylab.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelEntry;
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
                "Classic CPU: regex", "GIL vs free threads", "The real GIL", "The JIT remark: CPython vs PyPy",
                "The JIT remark: hashing", "Blocking the event loop", "10,000 virtual threads",
                "Connection-pool bottleneck", "How many threads? (CPU)", "How many threads? (I/O)");
        assertThat(presets).allSatisfy(p -> assertThat(p.experiment().description()).hasSizeGreaterThan(80));
    }

    @Test
    void everyPresetWritesDownTheChecksItsLessonReliesOn() {
        // a sweep preset's lesson is its curve, checked by bench's sweep scenarios
        assertThat(Presets.list()).filteredOn(p -> p.experiment().sweep() == null).hasSize(9).allSatisfy(p -> {
            assertThat(p.experiment().checks()).as(p.id()).isNotEmpty();
            assertThat(p.experiment().checksFor(p.experiment().config())).isEqualTo(p.experiment().checks());
        });
        assertThat(Presets.load("gil-vs-free-threads").experiment().checks()).extracting(c -> c.describe())
                .containsExactly("gil ≤ 1.15× sequential", "pool ≥ 1.60× sequential (on ≥ 2 cores)",
                        "pool ≥ 1.60× gil (on ≥ 2 cores)");
        assertThat(Presets.load("blocking-event-loop").experiment().config().kinds()).as("the baseline first")
                .containsExactly(ModelKind.EVENTLOOP, ModelKind.VIRTUAL);
    }

    @Test
    void classicPresetsCarryTheArticlesPublishedTimes() {
        ExperimentFile io = Presets.load("classic-io").experiment();
        assertThat(io.config().workload().kind()).isEqualTo(WorkloadKind.HTTP);
        assertThat(io.config().workload().tasks()).isEqualTo(200);
        assertThat(io.config().kinds()).containsExactly(ModelKind.SEQUENTIAL, ModelKind.POOL,
                ModelKind.ARTICLE_ASYNCIO, ModelKind.EVENTLOOP, ModelKind.CPYTHON_SEQUENTIAL,
                ModelKind.CPYTHON_THREADS, ModelKind.CPYTHON_ASYNCIO, ModelKind.CPYTHON_ARTICLE_ASYNCIO);
        assertThat(io.config().settings().workers()).isEqualTo(4);
        assertThat(byId(io.referenceSeconds())).isEqualTo(Map.of("sequential", 37.98, "pool", 13.59,
                "article-asyncio", 3.43, "cpython-sequential", 37.98, "cpython-threads", 13.59,
                "cpython-article-asyncio", 3.43));
        assertThat(io.referenceThreads()).containsEntry(ModelEntry.of(ModelKind.ARTICLE_ASYNCIO), 12)
                .containsEntry(ModelEntry.of(ModelKind.CPYTHON_ARTICLE_ASYNCIO), 12);
        assertThat(io.config().settings().threadsFor(ModelKind.ARTICLE_ASYNCIO, 200)).as("the article's executor")
                .isEqualTo(12);
        ExperimentFile cpu = Presets.load("classic-cpu").experiment();
        assertThat(cpu.config().kinds()).containsExactly(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.GIL,
                ModelKind.PROCESS, ModelKind.CPYTHON_SEQUENTIAL, ModelKind.CPYTHON_THREADS,
                ModelKind.CPYTHON_PROCESSES);
        // the article timed 1,000 strings; the preset runs 3,000 (over a second per model), so it quotes the
        // article's times in words instead of beside results they were not measured for
        assertThat(cpu.config().workload().tasks()).isEqualTo(3000);
        assertThat(cpu.referenceSeconds()).isEmpty();
        assertThat(cpu.description()).contains("1,000 strings", "12.88 s", "8.42 s");
    }

    @Test
    void theRealGilPutsCPythonsThreadsBesideTheEmulationOnTwoWorkers() {
        ExperimentFile gil = Presets.load("the-real-gil").experiment();
        assertThat(gil.config().workload().kind()).isEqualTo(WorkloadKind.CPU_REGEX);
        assertThat(gil.config().kinds()).containsExactly(ModelKind.POOL, ModelKind.GIL, ModelKind.CPYTHON_THREADS,
                ModelKind.CPYTHON_PROCESSES);
        assertThat(gil.config().settings().workers()).isEqualTo(2);
    }

    @Test
    void theJitRemarkPutsEachCPythonModelBesideItselfInPyPyOnRegexAndOnHashing() {
        for (String id : List.of("the-jit-remark", "the-jit-remark-hashing")) {
            ExperimentFile jit = Presets.load(id).experiment();
            assertThat(jit.config().models()).extracting(ModelEntry::id).containsExactly("cpython-sequential",
                    "cpython-sequential@pypy3", "cpython-processes", "cpython-processes@pypy3");
            assertThat(jit.config().settings().workers()).isEqualTo(2);
            assertThat(jit.description()).as("quotes what was measured").containsPattern("\\d\\.\\d+ s in PyPy");
        }
        assertThat(Presets.load("the-jit-remark").experiment().config().workload().kind())
                .isEqualTo(WorkloadKind.CPU_REGEX);
        assertThat(Presets.load("the-jit-remark-hashing").experiment().config().workload().kind())
                .isEqualTo(WorkloadKind.CPU_HASH);
    }

    @Test
    void theSweepPresetsAskHowManyThreadsForCpuAndForIo() {
        ExperimentFile cpu = Presets.load("how-many-threads-cpu").experiment();
        assertThat(cpu.config().workload().kind()).isEqualTo(WorkloadKind.CPU_HASH);
        assertThat(cpu.config().kinds()).containsExactly(ModelKind.POOL, ModelKind.GIL, ModelKind.PROCESS);
        assertThat(cpu.sweep().workers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(cpu.sweep().repeats()).isEqualTo(3);
        ExperimentFile io = Presets.load("how-many-threads-io").experiment();
        assertThat(io.config().workload().kind()).isEqualTo(WorkloadKind.SLEEP);
        assertThat(io.config().workload().latencyMs()).isEqualTo(100);
        assertThat(io.config().kinds()).containsExactly(ModelKind.POOL, ModelKind.VIRTUAL);
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

    /** Published times by the models' ids, as the file writes them. */
    private static Map<String, Double> byId(Map<ModelEntry, Double> times) {
        Map<String, Double> out = new java.util.HashMap<>();
        times.forEach((m, t) -> out.put(m.id(), t));
        return out;
    }
}
