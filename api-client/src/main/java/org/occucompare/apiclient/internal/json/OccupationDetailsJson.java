package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The whole response body. {@code OccupationDetail} arrives as an array (read the first) or as a single object; both
 * land in the list. {@code DidYouMean} and {@code AutoCorrection} are kept so the caller can see them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OccupationDetailsJson(
        @Nullable List<@Nullable OccupationDetailJson> occupationDetail,
        @Nullable String recordCount,
        @Nullable String didYouMean,
        @Nullable String autoCorrection,
        @Nullable MetaDataJson metaData) {

    /** The first non-null occupation detail, or null when the body carries none. */
    public @Nullable OccupationDetailJson first() {
        if (occupationDetail == null) {
            return null;
        }
        return occupationDetail.stream().filter(d -> d != null).findFirst().orElse(null);
    }
}
