package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one Jackson reader for CareerOneStop bodies. It matches keys case-insensitively ({@code PerCentChange},
 * {@code StFips}/{@code Stfips}, {@code DWATitle}/{@code DwaTitle}, {@code ElementID}/{@code ElementId}), accepts a
 * single object where a list is expected, reads every scalar as text, treats {@code ""} in place of an object or list
 * as absent, and ignores unknown fields. Immutable and thread-safe: share one instance.
 */
public final class ResponseParser {
    private static final List<String> MESSAGE_KEYS = List.of("message", "errormessage", "error", "detail", "title");

    private final ObjectMapper mapper;

    /** Creates the parser with the configuration described above. */
    public ResponseParser() {
        SimpleModule lenientText = new SimpleModule("occucompare-lenient-text");
        lenientText.addDeserializer(String.class, new LenientTextDeserializer());
        this.mapper = JsonMapper.builder()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfigDefaults(config -> config
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.AsNull))
                .addModule(lenientText)
                .build();
    }

    /**
     * Reads an occupation-details body.
     *
     * @param body the raw bytes (UTF-8 JSON), never null
     * @return the parsed body, never null
     * @throws MalformedResponseException when the body is empty, truncated, not JSON or not a JSON object
     */
    public OccupationDetailsJson parse(byte[] body) throws MalformedResponseException {
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new MalformedResponseException("the body is empty");
            }
            if (!tree.isObject()) {
                throw new MalformedResponseException("the body is JSON but not an object (found " + kind(tree) + ")");
            }
            OccupationDetailsJson parsed = mapper.treeToValue(tree, OccupationDetailsJson.class);
            if (parsed == null) {
                throw new MalformedResponseException("the body is empty");
            }
            return parsed;
        } catch (JacksonException e) {
            throw new MalformedResponseException(describe(e));
        } catch (IOException e) {
            // reading from a byte array does no I/O; Jackson declares it anyway
            throw new MalformedResponseException("the body could not be read: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Reads what it can from an error body: a message and suggestions. Never fails.
     *
     * @param body the raw bytes, never null
     * @return what was found, {@link ErrorBodyJson#EMPTY} when the body is not a JSON object, never null
     */
    public ErrorBodyJson readErrorBody(byte[] body) {
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || !tree.isObject()) {
                return ErrorBodyJson.EMPTY;
            }
            return new ErrorBodyJson(firstText(tree, MESSAGE_KEYS), firstText(tree, List.of("didyoumean")),
                    firstText(tree, List.of("autocorrection")));
        } catch (IOException e) {
            return ErrorBodyJson.EMPTY;
        }
    }

    private static @Nullable String firstText(JsonNode object, List<String> keys) {
        for (String key : keys) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                JsonNode value = entry.getValue();
                if (entry.getKey().toLowerCase(Locale.ROOT).equals(key) && value.isValueNode() && !value.isNull()
                        && !value.asText().isBlank()) {
                    return value.asText().strip();
                }
            }
        }
        return null;
    }

    private static String kind(JsonNode tree) {
        return tree.isArray() ? "an array" : "a " + tree.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String describe(JacksonException e) {
        String what;
        if (e instanceof JsonEOFException) {
            what = "the JSON ends before it is complete";
        } else if (e instanceof MismatchedInputException mismatch) {
            what = "the JSON does not have the expected shape at " + pathOf(mismatch);
        } else if (e instanceof StreamReadException) {
            what = "it is not valid JSON";
        } else {
            what = "it could not be read as JSON";
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? what
                : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String pathOf(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            path.append(ref.getFieldName() != null ? "/" + ref.getFieldName() : "/" + ref.getIndex());
        }
        return path.length() == 0 ? "the top level" : path.toString();
    }
}
