package dev.concurrencylab.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * The http workload's target URLs, as the user gave them and checked: absolute, http or https, with a host, at most
 * {@value #MAX_URLS}. {@link WorkloadConfig} checks them when it is made, so every way in (the form, the command
 * line, an experiment file) refuses a typo before anything runs, rather than failing 200 tasks; a checked list is
 * not checked again when a config is copied.
 */
public final class TargetUrls extends AbstractList<String> implements RandomAccess {
    public static final int MAX_URLS = 10_000;
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
