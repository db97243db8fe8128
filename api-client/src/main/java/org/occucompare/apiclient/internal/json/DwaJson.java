package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One detailed work activity row ({@code DwaTitle} and {@code DWATitle} both match); one row per linked task. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DwaJson(
        @Nullable String dwaTitle, @Nullable String dwaId, @Nullable String dataValue, @Nullable String taskId) {}
