package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * The share of respondents in one category of an education, training or experience scale for one occupation
 * (O*NET {@code Education, Training, and Experience}).
 *
 * @param code the O*NET-SOC code
 * @param elementId the element id
 * @param scaleId the scale id
 * @param category the category number; empty for a rating that is not per category (such as the {@code IM}
 *     importance of certification)
 * @param percent the share of respondents (0–100), or the rating on the scale when there is no category
 */
public record EducationRatingRow(String code, String elementId, String scaleId, OptionalInt category, double percent)
        implements StoreRow {
    public EducationRatingRow {
        requireNonNull(code, "code is null");
        requireNonNull(elementId, "elementId is null");
        requireNonNull(scaleId, "scaleId is null");
        requireNonNull(category, "category is null");
    }
}
