package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code StateResourcesLinks}: labor-market-information links of the state in the request. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StateResourcesLinksJson(@Nullable List<@Nullable StateWebResourceJson> stateWebResource) {}
