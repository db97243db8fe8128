package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One state labor-market-information link. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StateWebResourceJson(
        @Nullable String title, @Nullable String url, @Nullable String type, @Nullable String stateName) {}
