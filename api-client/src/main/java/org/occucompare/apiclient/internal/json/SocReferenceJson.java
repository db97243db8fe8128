package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** {@code SocInfo} or {@code SocWageInfo}: a SOC (or OEWS) code, its title and, sometimes, a description. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SocReferenceJson(
        @Nullable String socCode,
        @Nullable String socTitle,
        @JsonAlias("Soc Description") @Nullable String socDescription) {}
