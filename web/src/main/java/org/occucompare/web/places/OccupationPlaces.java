package org.occucompare.web.places;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;

/**
 * One occupation across all places of a level: each place's newest annual and hourly median, employment, jobs per
 * 1,000 jobs, location quotient and OEWS year, highest annual median first (places without a published median
 * last, by name). Immutable and thread-safe.
 *
 * @param occupation the occupation, never null
 * @param level the places listed, never null
 * @param rows one per place with an estimate, never null
 */
public record OccupationPlaces(Occupation occupation, PlaceLevel level, List<Row> rows) {
    public OccupationPlaces {
        requireNonNull(occupation, "occupation is null");
        requireNonNull(level, "level is null");
        rows = List.copyOf(rows);
    }

    /**
     * One place's figures.
     *
     * @param place the state or area, never null
     * @param name its name as the source gives it, never null
     * @param year the OEWS May reference year of its figures, or empty if unknown; never null
     * @param annualMedian the annual median, never null
     * @param hourlyMedian the hourly median (not published for metro areas in the JSON sets), never null
     * @param employment the jobs, when published; never null
     * @param jobsPer1000 the occupation's jobs per 1,000 jobs in the place (OEWS {@code JOBS_1000}), when published
     *     (not in the metro JSON set); never null
     * @param locationQuotient the occupation's location quotient (OEWS {@code LOC_QUOTIENT}), when published; never
     *     null
     */
    public record Row(Location place, String name, OptionalInt year, WageAmount annualMedian,
            Optional<WageAmount> hourlyMedian, OptionalLong employment, OptionalDouble jobsPer1000,
            OptionalDouble locationQuotient) {
        public Row {
            requireNonNull(place, "place is null");
            requireNonNull(name, "name is null");
            requireNonNull(year, "year is null");
            requireNonNull(annualMedian, "annualMedian is null");
            requireNonNull(hourlyMedian, "hourlyMedian is null");
            requireNonNull(employment, "employment is null");
            requireNonNull(jobsPer1000, "jobsPer1000 is null");
            requireNonNull(locationQuotient, "locationQuotient is null");
        }
    }

    /**
     * The rows of an occupation fetched for the places of a level.
     *
     * @param occupation the occupation with its wages at the places, never null
     * @param level the level, never null
     * @return the listing, never null
     */
    public static OccupationPlaces of(Occupation occupation, PlaceLevel level) {
        List<Row> rows = new ArrayList<>();
        Wages wages = occupation.wages().orElse(null);
        if (wages != null) {
            for (WageEstimate annual : wages.estimates()) {
                boolean wanted = level == PlaceLevel.STATE ? annual.area() instanceof Location.State
                        : annual.area() instanceof Location.Area a && a.code().length() == 5;
                if (!wanted || annual.rateType() != RateType.ANNUAL) {
                    continue;
                }
                Optional<WageAmount> hourly = wages.find(annual.area(), RateType.HOURLY).map(WageEstimate::median);
                rows.add(new Row(annual.area(), annual.areaName(), annual.yearIn(wages), annual.median(), hourly,
                        annual.employment(), annual.jobsPer1000(), annual.locationQuotient()));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.annualMedian().lowerBound().isEmpty())
                .thenComparing(r -> -r.annualMedian().lowerBound().orElse(0)).thenComparing(Row::name));
        return new OccupationPlaces(occupation, level, rows);
    }

    /**
     * The places to fetch an occupation for, to list or map a level: every state, or every OEWS area the gazetteer
     * has (the listing keeps the metropolitan ones, the metro map colours the nonmetropolitan ones too).
     */
    public static List<Location> places(PlaceLevel level, Gazetteer gazetteer) {
        if (level == PlaceLevel.STATE) {
            return java.util.Arrays.stream(org.occucompare.core.model.UsState.values())
                    .map(s -> (Location) new Location.State(s)).toList();
        }
        return gazetteer.areas().stream().map(a -> (Location) a.location()).toList();
    }
}
