package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads any scalar as text: CareerOneStop sends the same figure as {@code "93600"}, {@code "93,600"} or {@code 93600}
 * depending on the endpoint. An array of scalars becomes its items joined with {@code "; "}; an object where text
 * was expected is skipped (null) rather than failing the whole response.
 */
final class LenientTextDeserializer extends StdScalarDeserializer<String> {
    @Serial
    private static final long serialVersionUID = 1L;

    LenientTextDeserializer() {
        super(String.class);
    }

    @Override
    public @Nullable String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_ARRAY) {
            List<String> parts = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                String part = deserialize(p, ctxt);
                if (part != null && !part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME) {
            p.skipChildren();
            return null;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            // keep the decimal text as sent ("4.90"), not Double.toString's "4.9E0" forms
            return p.getDecimalValue().toPlainString();
        }
        return p.getValueAsString();
    }
}
