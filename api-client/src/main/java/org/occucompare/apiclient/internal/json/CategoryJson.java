package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One tool or technology category (a UNSPSC commodity title) and its examples. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CategoryJson(@Nullable String title, @Nullable List<@Nullable ExampleJson> examples) {}
