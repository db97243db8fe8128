package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One data source named in {@code MetaData}: what it is, where it comes from, and its vintage. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DataSourceJson(
        @Nullable String dataName,
        @Nullable String dataSourceName,
        @Nullable String dataSourceUrl,
        @Nullable String dataLastUpdate,
        @Nullable String dataVintageOrVersion,
        @Nullable String dataDescription,
        @Nullable String dataSourceCitation) {}
