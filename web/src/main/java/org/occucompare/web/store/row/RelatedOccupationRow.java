package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An occupation related to another (O*NET {@code Related Occupations}).
 *
 * @param code the O*NET-SOC code
 * @param relatedCode the related occupation's O*NET-SOC code
 * @param tier the relatedness tier, such as {@code Primary-Short}, when given
 * @param index the rank within the occupation's list, when given
 */
public record RelatedOccupationRow(String code, String relatedCode, Optional<String> tier, OptionalInt index)
        implements StoreRow {
    public RelatedOccupationRow {
        requireNonNull(code, "code is null");
        requireNonNull(relatedCode, "relatedCode is null");
        requireNonNull(tier, "tier is null");
        requireNonNull(index, "index is null");
    }
}
