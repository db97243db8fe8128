package org.occucompare.web.importer;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Facts about the files that their contents do not state, and what the user allows an import to do.
 *
 * @param projectionYears the round of a Projections Central export (the export names no years); required to import
 *     one, never guessed
 * @param oewsYear the May reference year of an OEWS file whose name does not carry it (BLS names carry it, as in
 *     {@code national_M2024_dl.xlsx})
 * @param allowEmpty import a file that holds no data rows (refused otherwise: a header-only file is usually a
 *     failed download, and it would empty what it covers)
 * @param allowShrink import files that leave a part of the store they replace with fewer than half its rows, or
 *     that replace the bundled sample without bringing occupations (refused otherwise)
 */
public record ImportOptions(Optional<YearRange> projectionYears, OptionalInt oewsYear, boolean allowEmpty,
        boolean allowShrink) {
    /** No options. */
    public static final ImportOptions NONE = new ImportOptions(Optional.empty(), OptionalInt.empty(), false, false);

    public ImportOptions {
        requireNonNull(projectionYears, "projectionYears is null");
        requireNonNull(oewsYear, "oewsYear is null");
    }

    /** These options with a projection round. */
    public ImportOptions withProjectionYears(YearRange years) {
        return new ImportOptions(Optional.of(years), oewsYear, allowEmpty, allowShrink);
    }

    /** These options, allowing files without data rows or not. */
    public ImportOptions withAllowEmpty(boolean allow) {
        return new ImportOptions(projectionYears, oewsYear, allow, allowShrink);
    }

    /** These options, allowing an import that shrinks what it replaces or not. */
    public ImportOptions withAllowShrink(boolean allow) {
        return new ImportOptions(projectionYears, oewsYear, allowEmpty, allow);
    }
}
