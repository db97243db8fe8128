package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code RelatedOnetTitles} in both known forms: an object map {@code {"29-1141.04": "Clinical Nurse
 * Specialists"}} (seen live) and a list {@code [{"Key": "29-1141.04", "Value": "Clinical Nurse Specialists"}]} (the
 * published response model). Entries without a code or a title are dropped; anything else reads as no entries.
 */
final class RelatedTitlesDeserializer extends StdDeserializer<List<RelatedTitleJson>> {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final Set<String> CODE_KEYS = Set.of("key", "code", "onetcode", "onetsoccode");
    private static final Set<String> TITLE_KEYS = Set.of("value", "title", "onettitle");

    RelatedTitlesDeserializer() {
        super(List.class);
    }

    @Override
    public List<RelatedTitleJson> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        List<RelatedTitleJson> titles = new ArrayList<>();
        if (node == null) {
            return titles;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                add(titles, entry.getKey(), text(entry.getValue()));
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isObject()) {
                    add(titles, field(item, CODE_KEYS), field(item, TITLE_KEYS));
                }
            }
        }
        return titles;
    }

    private static void add(List<RelatedTitleJson> titles, @Nullable String code, @Nullable String title) {
        if (code != null && !code.isBlank() && title != null && !title.isBlank()) {
            titles.add(new RelatedTitleJson(code.strip(), title.strip()));
        }
    }

    private static @Nullable String field(JsonNode object, Set<String> names) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (names.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                return text(entry.getValue());
            }
        }
        return null;
    }

    private static @Nullable String text(@Nullable JsonNode value) {
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
