package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A training program. The documentation says "list of strings"; an object with a CIP code and title is accepted too.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingProgramJson(
        @JsonAlias({"CIPCode", "Code"}) @Nullable String cipCode,
        @JsonAlias({"CipTitle", "ProgramName", "Name", "Title"}) @Nullable String programTitle) {

    /** Properties-based creator, for the object form. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public TrainingProgramJson {
    }

    /** Delegating creator, for the plain string form. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TrainingProgramJson of(String text) {
        return new TrainingProgramJson(null, text);
    }
}
