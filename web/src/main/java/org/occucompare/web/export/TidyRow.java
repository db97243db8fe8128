package org.occucompare.web.export;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * One row of the tidy CSV: one measure of one occupation at one place.
 *
 * @param code the O*NET-SOC code, never null
 * @param title the occupation's title, never null
 * @param location the place key ({@code US}, {@code CA}), or empty for a measure not tied to a place; never null
 * @param locationName the place's name, or empty; never null
 * @param measure the measure id, such as {@code annual_wage_median}, never null
 * @param value the number, or empty when not published; never null
 * @param unit the unit, such as {@code USD per year}, never null
 * @param qualifier {@code exact}, {@code at_least} (a top-coded or bounded figure), {@code at_most} or
 *     {@code missing}; never null
 * @param source the data set and vintage, never null
 * @param note why a value is missing or bounded, or empty; never null
 */
record TidyRow(String code, String title, String location, String locationName, String measure,
        OptionalDouble value, String unit, String qualifier, String source, String note) {
    TidyRow {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
        requireNonNull(location, "location is null");
        requireNonNull(locationName, "locationName is null");
        requireNonNull(measure, "measure is null");
        requireNonNull(value, "value is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(qualifier, "qualifier is null");
        requireNonNull(source, "source is null");
        requireNonNull(note, "note is null");
    }
}
