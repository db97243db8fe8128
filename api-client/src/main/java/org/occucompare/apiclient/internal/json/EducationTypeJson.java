package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One level of educational attainment and the percent of workers 25+ at it, as text. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EducationTypeJson(@Nullable String educationLevel, @Nullable String value) {}
