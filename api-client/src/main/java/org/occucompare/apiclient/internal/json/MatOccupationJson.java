package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The Employment Projections matrix occupation ({@code MatOccCode} is six digits without a hyphen). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatOccupationJson(@Nullable String matOccCode, @Nullable String matOccTitle) {}
