package dev.concurrencylab.net;

import dev.concurrencylab.engine.ConfigException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Target URLs given by the user: checked before anything runs, so a typo is an error, not 200 failed tasks. */
public final class UrlList {
    public static final int MAX_URLS = 10_000;

    private UrlList() {
    }

    /** Parses and checks each URL: absolute, http or https, with a host. */
    public static List<URI> parse(List<String> urls) {
        if (urls.size() > MAX_URLS) {
            throw new ConfigException("url", "at most " + MAX_URLS + " URLs, was " + urls.size());
        }
        List<URI> out = new ArrayList<>(urls.size());
        for (String u : urls) {
            out.add(parse(u));
        }
        return List.copyOf(out);
    }

    static URI parse(String text) {
        String u = text == null ? "" : text.trim();
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new ConfigException("url", "'" + u + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ConfigException("url", "'" + u + "' must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ConfigException("url", "'" + u + "' has no host name");
        }
        return uri;
    }

    /** Reads one URL a line; blank lines and lines starting with '#' are skipped. */
    public static List<String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigException("urls", "cannot read " + file + ": " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException("urls", file + " holds no URLs (one per line, '#' starts a comment)");
        }
        return out;
    }
}
