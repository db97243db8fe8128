package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A CareerOneStop career video ({@code VideoTyp} in the documentation, {@code VideoType} in practice). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VideoJson(
        @Nullable String videoCode,
        @Nullable String videoTitle,
        @JsonAlias("VideoTyp") @Nullable String videoType,
        @JsonAlias("VideoUrl") @Nullable String videoLink) {}
