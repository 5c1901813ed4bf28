package dev.concurrencylab.engine;

import java.nio.file.Path;

/**
 * Where the app keeps files it can always rebuild (the worker JVMs' class cache, the CPython driver): the
 * platform's cache directory, or the one {@value #PROPERTY} names (tests point it at a temporary one).
 */
public final class CacheDirectory {
    public static final String PROPERTY = "concurrencylab.cache.dir";

    private CacheDirectory() {
    }

    /** %LOCALAPPDATA%, ~/Library/Caches or $XDG_CACHE_HOME (~/.cache), each with the app's folder. */
    public static Path get() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "");
        String home = System.getProperty("user.home");
        String localAppData = System.getenv("LOCALAPPDATA");
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (os.startsWith("Windows") && localAppData != null) {
            return Path.of(localAppData, "ConcurrencyLab", "cache");
        } else if (os.startsWith("Mac")) {
            return Path.of(home, "Library", "Caches", "ConcurrencyLab");
        }
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "concurrency-lab") : Path.of(home, ".cache", "concurrency-lab");
    }
}
