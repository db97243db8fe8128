package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code WorkValuesOccupationDetails}: the top work value ({@code WorkValue}/{@code Workvalue}) and its
 * characteristics, a list or a single string.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkValueJson(
        @Nullable String workValue,
        @Nullable String elementId,
        @Nullable String dataValue,
        @Nullable List<@Nullable String> characteristics) {}
