package dev.concurrencylab.net;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.InputFile;
import dev.concurrencylab.engine.InputFileException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Target URLs given by the user: checked before anything runs, so a typo is an error, not 200 failed tasks. */
public final class UrlList {
    public static final int MAX_URLS = 10_000;
    /** Longest URL accepted; browsers and servers refuse longer ones too. */
    public static final int MAX_URL_CHARS = 8192;
    private static final InputFile.Lines FILE_LIMITS = new InputFile.Lines(16L << 20, MAX_URL_CHARS, MAX_URLS);

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
        if (u.length() > MAX_URL_CHARS) {
            throw new ConfigException("url", "a URL of " + u.length() + " characters; at most " + MAX_URL_CHARS);
        }
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
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
            throw new ConfigException("url", "'" + u + "' has port " + uri.getPort() + "; a port is 1 to 65535");
        }
        return uri;
    }

    /** Reads one URL a line; blank lines and lines starting with '#' are skipped. */
    public static List<String> read(Path file) {
        List<String> out;
        try {
            out = InputFile.lines(file, FILE_LIMITS, l -> !l.isBlank() && !l.strip().startsWith("#")).stream()
                    .map(String::strip).toList();
        } catch (InputFileException e) {
            throw new ConfigException("urls", file + " " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new ConfigException("urls", file + " holds no URLs (one per line, '#' starts a comment)");
        }
        return out;
    }
}
