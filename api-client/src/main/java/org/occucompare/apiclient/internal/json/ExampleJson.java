package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One tool or technology example, as an object ({@code Name}, {@code Hot_Technology}, {@code In_Demand}) or as a
 * plain string.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExampleJson(
        @Nullable String name,
        @JsonProperty("Hot_Technology") @JsonAlias("HotTechnology") @Nullable String hotTechnology,
        @JsonProperty("In_Demand") @JsonAlias("InDemand") @Nullable String inDemand) {

    /** Properties-based creator, for the object form. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ExampleJson {
    }

    /** Delegating creator, for the plain string form. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ExampleJson of(String name) {
        return new ExampleJson(name, null, null);
    }
}
