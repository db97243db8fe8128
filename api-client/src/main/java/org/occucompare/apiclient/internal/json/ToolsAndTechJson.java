package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** {@code ToolsAndTechOccupationDetails}: tool and technology categories with examples. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ToolsAndTechJson(
        @Nullable String onetCode,
        @Nullable String onetTitle,
        @Nullable ToolGroupJson tools,
        @Nullable ToolGroupJson technology) {}
