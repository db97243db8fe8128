package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * The share of an occupation's workers aged 25 and older at one level of educational attainment (Employment
 * Projections table 5.3).
 *
 * @param socCode the Employment Projections matrix code
 * @param ordinal the level's position in BLS order, from 1 (less than high school) up
 * @param level the level, such as "Bachelor's degree"
 * @param percent the share, percent
 */
public record AttainmentRow(String socCode, int ordinal, String level, OptionalDouble percent) implements StoreRow {
    public AttainmentRow {
        requireNonNull(socCode, "socCode is null");
        requireNonNull(level, "level is null");
        requireNonNull(percent, "percent is null");
    }
}
