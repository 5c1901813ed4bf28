package dev.concurrencylab.process;

import dev.concurrencylab.engine.CacheDirectory;
import dev.concurrencylab.engine.CancelToken;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An AOT cache for the worker JVMs (JEP 483, built the JDK 25 way of JEP 514): the classes a worker loads,
 * already parsed and linked. A fresh worker with it was ready in ≈ 90 ms instead of ≈ 180 ms. It is a JVM
 * artefact like CPython's .pyc files and holds no task or result (the training run loads the classes with
 * made-up tasks, see {@link TrainingTasks}). SPAWN still runs from process start to ready.
 *
 * <p>Without the training run's method profiles (JEP 515, a diagnostic flag turns their recording off):
 * with them each worker's JIT compiled everything the training had profiled as soon as it started, and
 * on two cores the compiler threads took the workers' cores (≈ 0.3 s more preemption per worker; the
 * speed-up on cpu-regex 1000×1000 fell from 1.65-1.69× without profiles to 1.34-1.36×).
 *
 * <p>Built once per JDK, class path and worker flags by a training worker, before a run and outside its
 * timing (like the in-process models' warm-up), and moved into place atomically. It is never required:
 * once per app session it is checked with {@code -XX:AOTMode=on} (the JVM refuses to start on a cache it
 * cannot use), rebuilt when the check fails, and workers start without it where it cannot be built (a JDK
 * before 25, a class path with directories, flags of the user's own about CDS or AOT).
 */
final class WorkerAotCache {
    /** System property naming the cache directory (tests point it at a temporary one). */
    static final String DIR_PROPERTY = CacheDirectory.PROPERTY;
    static final WorkerAotCache DEFAULT = new WorkerAotCache(defaultDir());
    private static final System.Logger LOG = System.getLogger(WorkerAotCache.class.getName());
    private static final Duration TRAIN_LIMIT = Duration.ofSeconds(120);
    private static final Duration CHECK_LIMIT = Duration.ofSeconds(30);
    /** Part of the key: what the cache holds (classes only, see the class comment). */
    private static final String CONTENT = "classes, no training profiles";
    private static final List<String> USER_TAKES_OVER = List.of("AOT", "Xshare", "SharedArchive");
    /** Caches kept (≈ 13 MB each): one per JDK, class path and flags, so older ones are stale builds. */
    private static final int KEEP = 4;

    private final Path dir;
    /**
     * Per command prepared in this session: the command with the checked cache, or itself when none can be
     * used. Built here so that a run only looks it up (building it took ≈ 8 ms the first time, in the run).
     */
    private final Map<WorkerCommand, WorkerCommand> known = new HashMap<>();

    WorkerAotCache(Path dir) {
        this.dir = dir;
    }

    /** Whether this JDK and command can use a cache: JDK 25+, a class path of jar files, no CDS/AOT flags of the user's. */
    static boolean supported(WorkerCommand c) {
        if (Runtime.version().feature() < 25 || c.classPath() == null || c.classPath().isBlank()) {
            return false;
        }
        for (String entry : c.classPath().split(File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) {
                return false; // the JVM archives classes from jar files only
            }
        }
        return c.jvmFlags().stream().noneMatch(f -> USER_TAKES_OVER.stream().anyMatch(f::contains));
    }

    /** The command with the cache added if {@link #prepare} found or built a usable one; a look-up, never waits. */
    synchronized WorkerCommand apply(WorkerCommand c) {
        return known.getOrDefault(c, c);
    }

    /**
     * Makes sure a usable cache exists for the command: checks an existing one once per session and builds
     * a missing or unusable one (a few seconds, once). Failures are logged; workers then start without it.
     */
    synchronized void prepare(WorkerCommand c, CancelToken cancel) throws InterruptedException {
        if (!supported(c)) {
            return;
        }
        if (!known.containsKey(c)) {
            Path file = dir.resolve("worker-" + key(c) + ".aot");
            Path usable = usable(c, file, cancel);
            if (!cancel.isCancelled()) {
                known.put(c, usable == null ? c : c.withOwnFlags(List.of("-XX:AOTCache=" + usable)));
            }
        }
    }

    private Path usable(WorkerCommand c, Path file, CancelToken cancel) throws InterruptedException {
        if (Files.isRegularFile(file)) {
            if (check(c, file, cancel)) {
                touch(file);
                return file;
            }
            LOG.log(System.Logger.Level.INFO, "worker AOT cache {0} cannot be used; building it again", file);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(dir);
            LOG.log(System.Logger.Level.INFO, "building the worker JVMs'' AOT cache {0} (once per JDK, class path "
                    + "and worker flags)", file);
            WorkerCommand training = c.withOwnFlags(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining",
                            "-XX:AOTCacheOutput=" + tmp))
                    .withArgs(List.of(TrainingTasks.TRAIN));
            if (runs(training, TRAIN_LIMIT, cancel) && Files.isRegularFile(tmp)) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                if (check(c, file, cancel)) {
                    pruneAllBut(file);
                    return file;
                }
            }
            if (!cancel.isCancelled()) {
                LOG.log(System.Logger.Level.WARNING, "could not build a usable worker AOT cache in {0}; "
                        + "workers start without one", dir);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not store the worker AOT cache in " + dir
                    + "; workers start without one", e);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + ".config")); // left by a failed training
        }
        return null;
    }

    /** True if a worker starts with the cache; with -XX:AOTMode=on the JVM exits instead of running without it. */
    private static boolean check(WorkerCommand c, Path file, CancelToken cancel) throws InterruptedException {
        return runs(c.withOwnFlags(List.of("-XX:AOTCache=" + file, "-XX:AOTMode=on")), CHECK_LIMIT, cancel);
    }

    /**
     * Runs a worker with its stdin closed, so it starts, says READY to nobody and exits; true if it exits
     * with status 0 within the limit. It and the JVM it may start to write the cache are killed otherwise.
     */
    private static boolean runs(WorkerCommand c, Duration limit, CancelToken cancel) throws InterruptedException {
        Process p;
        try {
            p = ChildProcesses.start(new ProcessBuilder(c.toList()).redirectOutput(ProcessBuilder.Redirect.DISCARD));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not start a worker JVM for the AOT cache: " + e.getMessage());
            return false;
        }
        StderrTail err = new StderrTail(p.getErrorStream(), "aot-cache");
        try (CancelToken.Registration ignored = cancel.onCancel(() -> ChildProcesses.kill(p))) {
            p.getOutputStream().close();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "a worker JVM for the AOT cache took longer than {0}; stopped",
                        WorkerProcess.seconds(limit));
                return false;
            }
            if (p.exitValue() != 0) {
                LOG.log(System.Logger.Level.DEBUG, "AOT cache worker exited with {0}: {1}", p.exitValue(), err.lastLines());
            }
            return p.exitValue() == 0 && !cancel.isCancelled();
        } catch (IOException e) {
            return false; // it exited before we closed its stdin
        } finally {
            ChildProcesses.kill(p);
        }
    }

    /** What a cache depends on: the JDK, the worker's class path (and its jars' sizes and times) and flags. */
    static String key(WorkerCommand c) {
        StringBuilder s = new StringBuilder()
                .append(CONTENT).append('\n')
                .append(Runtime.version()).append('\n')
                .append(System.getProperty("java.home")).append('\n')
                .append(String.join(" ", c.defaultFlags())).append(' ').append(String.join(" ", c.jvmFlags())).append('\n')
                .append(c.mainClass()).append('\n');
        for (String entry : c.classPath().split(File.pathSeparator)) {
            File f = new File(entry);
            s.append(f.getAbsolutePath()).append(' ').append(f.length()).append(' ').append(f.lastModified()).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Marks a cache as used, so pruning keeps the ones in use. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not touch " + file, e);
        }
    }

    /** Deletes all but the {@value #KEEP} most recently used caches (a rebuilt jar leaves its old cache behind). */
    private void pruneAllBut(Path current) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> old = files.filter(p -> !p.equals(current))
                    .filter(p -> p.getFileName().toString().matches("worker-[0-9a-f]+\\.aot"))
                    .sorted(Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed())
                    .toList();
            old.stream().skip(KEEP - 1).forEach(WorkerAotCache::deleteQuietly);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not prune " + dir, e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not delete " + p, e);
        }
    }

    /** The platform's cache directory (see {@link CacheDirectory}). */
    static Path defaultDir() {
        return CacheDirectory.get();
    }
}
