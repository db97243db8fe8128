package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One skill, knowledge area, ability or interest ({@code ElementId} and {@code ElementID} both match).
 * {@code DataValue} is O*NET's rating as text, {@code ""} when unrated.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescriptorJson(
        @Nullable String elementId,
        @Nullable String elementName,
        @JsonAlias("Element Description") @Nullable String elementDescription,
        @Nullable String dataValue,
        @Nullable String importance) {}
