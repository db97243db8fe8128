package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A link to the BLS Occupational Outlook Handbook. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OohJson(@Nullable String title, @Nullable String oohUrl) {}
