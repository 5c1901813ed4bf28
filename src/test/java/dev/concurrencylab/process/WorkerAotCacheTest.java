package dev.concurrencylab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.RegexInputs;
import dev.concurrencylab.engine.RegexMatch;
import dev.concurrencylab.engine.RegexWork;
import dev.concurrencylab.engine.Step;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workers' AOT cache on a real JDK 25: built once, used by workers, never fatal when it is corrupt.
 * The JVM archives classes from jar files only, so the tests pack the app's classes into a jar first.
 */
class WorkerAotCacheTest {
    @TempDir
    static Path tmp;
    private static String jar;

    @BeforeAll
    static void packTheAppIntoAJar() throws IOException, URISyntaxException {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches are built the JDK 25 way");
        Path classes = Path.of(WorkerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = tmp.resolve("app.jar");
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(out)); Stream<Path> all = Files.walk(classes)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, j);
                j.closeEntry();
            }
        }
        jar = out.toString();
    }

    private static WorkerCommand command() {
        return new WorkerCommand(List.of(), List.of(), WorkerMain.class.getName(), jar, List.of());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void isBuiltOnceStoredWholeAndUsedByWorkers() throws Exception {
        Path dir = tmp.resolve("built");
        WorkerAotCache cache = new WorkerAotCache(dir);
        cache.prepare(command(), new CancelToken());

        Path file = dir.resolve("worker-" + WorkerAotCache.key(command()) + ".aot");
        assertThat(files(dir)).as("one cache, no temporary or configuration file left").containsExactly(file);
        assertThat(cache.apply(command()).ownFlags()).containsExactly("-XX:AOTCache=" + file);
        Object inode = Files.readAttributes(file, "unix:ino").get("ino");

        WorkerAotCache nextSession = new WorkerAotCache(dir);
        nextSession.prepare(command(), new CancelToken());
        assertThat(Files.readAttributes(file, "unix:ino").get("ino")).as("checked, not rebuilt").isEqualTo(inode);
        assertThat(runsARegexTask(nextSession.apply(command()))).isTrue();
        assertThat(WorkerProcesses.noWorkersLeft()).isTrue();
    }

    @Test
    void aCorruptCacheStillLetsAWorkerRunAndIsRebuilt() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corrupt"));
        Path file = dir.resolve("worker-" + WorkerAotCache.key(command()) + ".aot");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {'n', 'o', 't', ' ', 'a', 'n', ' ', 'A', 'O', 'T', ' ', 'c', 'a', 'c', 'h', 'e'});
        }
        // the JVM's complaint about the cache goes to stderr: the worker's frames on stdout stay readable
        assertThat(runsARegexTask(command().withOwnFlags(List.of("-XX:AOTCache=" + file)))).isTrue();

        WorkerAotCache cache = new WorkerAotCache(dir);
        cache.prepare(command(), new CancelToken());
        assertThat(Files.size(file)).as("rebuilt").isGreaterThan(1_000_000);
        assertThat(cache.apply(command()).ownFlags()).containsExactly("-XX:AOTCache=" + file);
        assertThat(WorkerProcesses.noWorkersLeft()).isTrue();
    }

    @Test
    void isNotUsedWhereTheJvmCannotOrTheUserChoseOtherwise() throws Exception {
        Path dir = tmp.resolve("unused");
        WorkerAotCache cache = new WorkerAotCache(dir);
        WorkerCommand withDirectory = new WorkerCommand(List.of(), List.of(), WorkerMain.class.getName(),
                jar + java.io.File.pathSeparator + tmp, List.of());
        WorkerCommand userFlags = new WorkerCommand(List.of(), List.of("-Xshare:off"), WorkerMain.class.getName(),
                jar, List.of());
        for (WorkerCommand c : List.of(withDirectory, userFlags)) {
            cache.prepare(c, new CancelToken());
            assertThat(cache.apply(c)).isEqualTo(c);
        }
        assertThat(Files.exists(dir)).isFalse();
    }

    @Test
    void stoppingTheBuildLeavesNoProcessAndNoFile() throws Exception {
        Path dir = tmp.resolve("stopped");
        WorkerAotCache cache = new WorkerAotCache(dir);
        CancelToken cancel = new CancelToken();
        Thread build = Thread.ofPlatform().start(() -> {
            try {
                cache.prepare(command(), cancel);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(500);
        cancel.cancel();
        build.join(Duration.ofSeconds(10));
        assertThat(build.isAlive()).isFalse();
        assertThat(WorkerProcesses.noWorkersLeft()).isTrue();
        assertThat(files(dir)).isEmpty();
        assertThat(cache.apply(command()).ownFlags()).isEmpty();
    }

    /** Starts a worker with the command, has it run one regex task, and stops it; true if the answer was right. */
    private static boolean runsARegexTask(WorkerCommand c) throws Exception {
        WorkerProcess w = WorkerProcess.start(c, "cache-test");
        try {
            w.handshake(Duration.ofSeconds(30));
            String input = RegexInputs.generate(1, 300, 7).getFirst();
            Object expected = new RegexWork(input).run(dev.concurrencylab.engine.Checkpoint.NONE);
            w.send(TaskCodec.encodeTask(new LabTask(0, List.of(new Step.Cpu(new RegexWork(input))))), false);
            for (int i = 0; i < 10; i++) {
                Frames.In f = w.read(false);
                if (f.type() == Frames.RESULT) {
                    f.payload().getInt();
                    f.payload().getLong();
                    f.payload().getLong();
                    return TaskCodec.readResult(f) instanceof RegexMatch m && m.equals(expected);
                }
            }
            return false;
        } finally {
            w.stop();
            w.awaitExit(System.nanoTime() + Duration.ofSeconds(5).toNanos());
        }
    }
}
