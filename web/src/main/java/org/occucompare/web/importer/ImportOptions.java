package org.occucompare.web.importer;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Facts about the files that their contents do not state.
 *
 * @param projectionYears the round of a Projections Central export (the export names no years); required to import
 *     one, never guessed
 * @param oewsYear the May reference year of an OEWS file whose name does not carry it (BLS names carry it, as in
 *     {@code national_M2024_dl.xlsx})
 */
public record ImportOptions(Optional<YearRange> projectionYears, OptionalInt oewsYear) {
    /** No options. */
    public static final ImportOptions NONE = new ImportOptions(Optional.empty(), OptionalInt.empty());

    public ImportOptions {
        requireNonNull(projectionYears, "projectionYears is null");
        requireNonNull(oewsYear, "oewsYear is null");
    }

    /** These options with a projection round. */
    public ImportOptions withProjectionYears(YearRange years) {
        return new ImportOptions(Optional.of(years), oewsYear);
    }
}
