package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One task; {@code DataValue} is O*NET's rating as text, {@code ""} when unrated. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskJson(@Nullable String taskDescription, @Nullable String taskId, @Nullable String dataValue) {}
