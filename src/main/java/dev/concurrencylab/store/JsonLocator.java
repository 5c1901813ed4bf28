package dev.concurrencylab.store;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.TokenStreamContext;

/**
 * Finds where a field is in a document that already parsed, so an out-of-range value found by the config
 * records after parsing is still reported at its line and column.
 */
final class JsonLocator {
    private JsonLocator() {
    }

    /**
     * @param path a field path such as {@code workload.tasks} or {@code models[2]}
     * @return {line, column} of the field's name (or of the element), or null where it is not in the document
     */
    static int[] find(byte[] json, String path) {
        String target = pointer(path);
        try (JsonParser p = StrictJson.MAPPER.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                TokenStreamContext ctx = p.streamReadContext();
                // A container's own start token is already inside its new context; its place is the parent's.
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    ctx = ctx.getParent();
                    if (ctx == null || ctx.inObject()) {
                        continue;
                    }
                } else if (t != JsonToken.PROPERTY_NAME && ctx.inObject()) {
                    continue;
                }
                if (ctx.pathAsPointer().toString().equals(target)) {
                    TokenStreamLocation loc = p.currentTokenLocation();
                    return new int[] {loc.getLineNr(), loc.getColumnNr()};
                }
            }
        } catch (JacksonException e) {
            return null;
        }
        return null;
    }

    /**
     * Like {@link #find}, but a field the document leaves out (a required {@code checks[0].over}) is reported
     * where its nearest enclosing object or element is.
     */
    static int[] findNearest(byte[] json, String path) {
        for (String p = path; p != null && !p.isEmpty(); p = parent(p)) {
            int[] at = find(json, p);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }

    /** {@code workload.tasks} → {@code /workload/tasks}; {@code models[2]} → {@code /models/2}. */
    static String pointer(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        return "/" + path.replace("~", "~0").replace("/", "~1").replace("[", ".").replace("]", "").replace('.', '/');
    }
}
