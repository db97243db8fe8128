package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One rating of one content-model element for one occupation on one scale: a skill's importance ({@code IM}) or
 * level ({@code LV}), an interest score ({@code OI}), a work value's extent ({@code EX}), a high point and so on.
 *
 * @param domain which O*NET file the rating comes from
 * @param code the O*NET-SOC code
 * @param elementId the element id
 * @param scaleId the scale id
 * @param dataValue the rating on that scale
 * @param sampleSize the number of respondents, when given
 * @param recommendSuppress O*NET recommends suppressing this value (low precision)
 * @param notRelevant O*NET marks the element not relevant to the occupation (level ratings only), when given
 */
public record RatingRow(RatingDomain domain, String code, String elementId, String scaleId, double dataValue,
        OptionalInt sampleSize, boolean recommendSuppress, Optional<Boolean> notRelevant) implements StoreRow {
    public RatingRow {
        requireNonNull(domain, "domain is null");
        requireNonNull(code, "code is null");
        requireNonNull(elementId, "elementId is null");
        requireNonNull(scaleId, "scaleId is null");
        requireNonNull(sampleSize, "sampleSize is null");
        requireNonNull(notRelevant, "notRelevant is null");
    }
}
