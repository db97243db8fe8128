package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code Tools} ({@code Categories}) or {@code Technology} ({@code CategoryList}): a list of categories. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ToolGroupJson(@JsonAlias("CategoryList") @Nullable List<@Nullable CategoryJson> categories) {}
