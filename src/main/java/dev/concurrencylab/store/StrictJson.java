package dev.concurrencylab.store;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The mapper for reading files people edit or send: a value must have the type its field has (no "12" for 12,
 * no 1.5 for an integer, no 7 for a name), unknown and duplicated fields are errors, and so is anything after
 * the document. Writing goes through {@link Json#MAPPER}.
 */
final class StrictJson {
    /** Deep enough for every format here, shallow enough that a pathological file fails fast. */
    static final int MAX_NESTING = 64;
    /** Longest single string (a description, a failure reason, a lane name). */
    static final int MAX_STRING = 1 << 20;

    static final JsonMapper MAPPER = mapper(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(MAX_STRING)
            .build());

    /**
     * For recordings: also a cap on the values a document may hold, checked as they are read, so a small
     * gzip file that unpacks to a hundred million zeros is refused before its arrays fill the heap.
     */
    static final JsonMapper RECORDINGS = mapper(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(MAX_STRING)
            .maxTokenCount(RecordingLimits.MAX_TOKENS)
            .maxDocumentLength(RecordingLimits.MAX_JSON_BYTES)
            .build());

    private StrictJson() {
    }

    private static JsonMapper mapper(StreamReadConstraints constraints) {
        return JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                    DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> c
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert))
            .build();
    }
}
