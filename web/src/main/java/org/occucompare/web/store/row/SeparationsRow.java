package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * National occupational separations and openings for one projection round (Employment Projections table 1.10).
 * Counts are annual averages in jobs; rates are percent of employment.
 *
 * @param socCode the Employment Projections matrix code
 * @param baseYear the round's base year
 * @param projectedYear the round's projected year
 * @param laborForceExitRate labor force exit rate, percent
 * @param transferRate occupational transfer rate, percent
 * @param separationsRate total occupational separations rate, percent
 * @param laborForceExits labor force exits, jobs a year
 * @param transfers occupational transfers, jobs a year
 * @param separations total occupational separations, jobs a year
 * @param openings occupational openings, jobs a year
 */
public record SeparationsRow(String socCode, int baseYear, int projectedYear, OptionalDouble laborForceExitRate,
        OptionalDouble transferRate, OptionalDouble separationsRate, OptionalLong laborForceExits,
        OptionalLong transfers, OptionalLong separations, OptionalLong openings) implements StoreRow {
    public SeparationsRow {
        requireNonNull(socCode, "socCode is null");
        requireNonNull(laborForceExitRate, "laborForceExitRate is null");
        requireNonNull(transferRate, "transferRate is null");
        requireNonNull(separationsRate, "separationsRate is null");
        requireNonNull(laborForceExits, "laborForceExits is null");
        requireNonNull(transfers, "transfers is null");
        requireNonNull(separations, "separations is null");
        requireNonNull(openings, "openings is null");
    }
}
