package dev.concurrencylab.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * The http workload's target URLs, as the user gave them and checked: absolute, http or https, with a host and a
 * valid port, at most {@value #MAX_URL_CHARS} characters each and {@value #MAX_URLS} in all. {@link WorkloadConfig} checks them when it is made, so every way in (the form, the command
 * line, an experiment file) refuses a typo before anything runs, rather than failing 200 tasks; a checked list is
 * not checked again when a config is copied.
 */
public final class TargetUrls extends AbstractList<String> implements RandomAccess {
    public static final int MAX_URLS = 10_000;
    /** Longest URL accepted; browsers and servers refuse longer ones too. */
    public static final int MAX_URL_CHARS = 8192;
    private static final InputFile.Lines FILE_LIMITS = new InputFile.Lines(16L << 20, MAX_URL_CHARS, MAX_URLS);
    /** The engine's field name for a bad URL. */
    public static final String FIELD = "url";
    private static final TargetUrls NONE = new TargetUrls(List.of(), List.of());
    private final List<String> urls;
    private final List<URI> uris;

    private TargetUrls(List<String> urls, List<URI> uris) {
        this.urls = urls;
        this.uris = uris;
    }

    /** Checks each URL; throws a {@link ConfigException} naming the first bad one. */
    public static TargetUrls of(List<String> urls) {
        if (urls == null || urls.isEmpty()) {
            return NONE;
        }
        if (urls instanceof TargetUrls checked) {
            return checked;
        }
        if (urls.size() > MAX_URLS) {
            throw new ConfigException(FIELD, "at most " + MAX_URLS + " URLs, was " + urls.size());
        }
        List<String> text = new ArrayList<>(urls.size());
        List<URI> out = new ArrayList<>(urls.size());
        for (String u : urls) {
            URI uri = parse(u);
            text.add(u.trim());
            out.add(uri);
        }
        return new TargetUrls(List.copyOf(text), List.copyOf(out));
    }

    /** The URLs, parsed. */
    public List<URI> uris() {
        return uris;
    }

    @Override
    public String get(int index) {
        return urls.get(index);
    }

    @Override
    public int size() {
        return urls.size();
    }

    private static URI parse(String text) {
        String u = text == null ? "" : text.trim();
        if (u.length() > MAX_URL_CHARS) {
            throw new ConfigException(FIELD, "a URL of " + u.length() + " characters; at most " + MAX_URL_CHARS);
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new ConfigException(FIELD, "'" + u + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ConfigException(FIELD, "'" + u + "' must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ConfigException(FIELD, "'" + u + "' has no host name");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
            throw new ConfigException(FIELD, "'" + u + "' has port " + uri.getPort() + "; a port is 1 to 65535");
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
