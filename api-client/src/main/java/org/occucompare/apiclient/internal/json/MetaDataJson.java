package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The top-level {@code MetaData} block: publisher, access date, suggested citation and the data sources. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetaDataJson(
        @Nullable String publisher,
        @Nullable String sponsor,
        @Nullable String lastAccessDate,
        @Nullable String citationSuggested,
        @Nullable List<@Nullable DataSourceJson> dataSource) {}
