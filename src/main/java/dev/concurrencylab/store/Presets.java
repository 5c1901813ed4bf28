package dev.concurrencylab.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled experiments: {@code assets/presets/*.json}, packaged under {@code /presets/} on the class path
 * and listed, in menu order, by {@code /presets/index.txt} (a jar cannot list a folder).
 */
public final class Presets {
    static final String ROOT = "/presets/";

    private Presets() {
    }

    /** Every preset in menu order. A preset that does not parse is a build error, so this throws unchecked. */
    public static List<Preset> list() {
        List<Preset> presets = new ArrayList<>();
        for (String file : index()) {
            presets.add(load(file.substring(0, file.length() - ExperimentFiles.EXTENSION.length())));
        }
        return List.copyOf(presets);
    }

    /** One preset by id (its file name without {@code .json}). */
    public static Preset load(String id) {
        String resource = ROOT + id + ExperimentFiles.EXTENSION;
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no preset '" + id + "'");
            }
            return new Preset(id, ExperimentFiles.read(in, "preset " + id));
        } catch (IOException e) {
            throw new UncheckedIOException("preset " + id + " is broken: " + e.getMessage(), e);
        }
    }

    static List<String> index() {
        return index(ROOT);
    }

    /** The files listed by {@code root}'s {@code index.txt} (presets, lessons), in order, without comments. */
    static List<String> index(String root) {
        try (InputStream in = Presets.class.getResourceAsStream(root + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("bundled files are missing from the class path (" + root
                        + "index.txt)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
