package dev.concurrencylab.python;

import dev.concurrencylab.engine.CacheDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's Python files, shipped in the jar and written once per content to the cache directory
 * ({@code python-driver-<hash>/}): Python runs a script from a file, and multiprocessing's spawn start method
 * (macOS, Windows) re-imports the driver's modules in every worker, so they must be real files. The folder is
 * filled under a temporary name and moved into place whole; a damaged copy is replaced.
 */
final class DriverFiles {
    static final String MAIN = "cl_driver.py";
    private static final List<String> FILES = List.of(MAIN, "cl_trace.py", "cl_models.py", "cl_pool.py",
            "cl_http.py");
    private static Path extracted;

    private DriverFiles() {
    }

    /** The driver's main script, on disk. */
    static synchronized Path script() {
        if (extracted != null && Files.isRegularFile(extracted)) {
            return extracted;
        }
        Map<String, byte[]> files = contents();
        Path base = CacheDirectory.get();
        try {
            extracted = writeInto(base, files);
        } catch (IOException e) {
            try { // no cache directory to write to: a temporary folder serves this session
                Path tmp = Files.createTempDirectory("concurrency-lab-python");
                tmp.toFile().deleteOnExit();
                extracted = writeInto(tmp, files);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot write the CPython driver to " + base + " or a temporary"
                        + " folder", again);
            }
        }
        return extracted;
    }

    private static Map<String, byte[]> contents() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : FILES) {
            try (InputStream in = DriverFiles.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from this build");
                }
                out.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + " from the application", e);
            }
        }
        return out;
    }

    private static Path writeInto(Path base, Map<String, byte[]> files) throws IOException {
        Path dir = base.resolve("python-driver-" + hash(files));
        if (intact(dir, files)) {
            return dir.resolve(MAIN);
        }
        Files.createDirectories(base);
        Path tmp = Files.createTempDirectory(base, "python-driver-tmp");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(tmp.resolve(f.getKey()), f.getValue());
        }
        if (Files.exists(dir)) {
            deleteTree(dir); // damaged: a file missing or changed
        }
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            deleteTree(tmp); // another instance of the app put the same files there first
            if (!intact(dir, files)) {
                throw e;
            }
        }
        return dir.resolve(MAIN);
    }

    private static boolean intact(Path dir, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            if (!Files.isRegularFile(p) || !Arrays.equals(Files.readAllBytes(p), f.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                sha.update(f.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(f.getValue());
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
