package org.occucompare.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hand-written OpenAPI 3.0 document of the JSON API ({@code openapi/occucompare.json} on the class path), as
 * text to serve and as operations for the docs page. Read once; immutable and thread-safe.
 */
public final class OpenApiDocument {
    /** Where the document is on the class path. */
    public static final String RESOURCE = "/openapi/occucompare.json";

    private final String json;
    private final String title;
    private final String version;
    private final List<ApiOperation> operations;

    private OpenApiDocument(String json, String title, String version, List<ApiOperation> operations) {
        this.json = json;
        this.title = title;
        this.version = version;
        this.operations = List.copyOf(operations);
    }

    /**
     * Reads the document from the class path.
     *
     * @return the document, never null
     */
    public static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path: rebuild the app.");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode root = new ObjectMapper().readTree(json);
            List<ApiOperation> operations = new ArrayList<>();
            for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    operations.add(operation(path.getKey(), op.getKey(), op.getValue()));
                }
            }
            return new OpenApiDocument(json, root.at("/info/title").asText(), root.at("/info/version").asText(),
                    operations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + ": rebuild the app.", e);
        }
    }

    private static ApiOperation operation(String path, String method, JsonNode op) {
        List<ApiParameter> parameters = new ArrayList<>();
        op.path("parameters").forEach(p -> parameters.add(new ApiParameter(p.path("name").asText(),
                p.path("in").asText(), p.path("required").asBoolean(false), p.path("description").asText())));
        List<String> responses = new ArrayList<>();
        op.path("responses").properties().forEach(r -> responses.add(r.getKey() + ": "
                + r.getValue().path("description").asText()));
        return new ApiOperation(method.toUpperCase(Locale.ROOT), path, op.path("summary").asText(),
                op.path("description").asText(), parameters, responses, op.path("x-example").asText(""));
    }

    /** The document as served, never null. */
    public String json() {
        return json;
    }

    /** The API's title, never null. */
    public String title() {
        return title;
    }

    /** The API's version, never null. */
    public String version() {
        return version;
    }

    /** Every operation, in document order, never null. */
    public List<ApiOperation> operations() {
        return operations;
    }
}
