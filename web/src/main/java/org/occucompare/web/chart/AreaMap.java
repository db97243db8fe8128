package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.PriceParities;
import org.occucompare.core.model.PriceParities.PriceParity;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;
import org.occucompare.web.places.CountyAreas;
import org.occucompare.web.places.OewsArea;

/**
 * One occupation's figure of one measure in every OEWS area, metropolitan and nonmetropolitan: what the metro map
 * draws (each county in its area's class, by the bundled county table {@link CountyAreas}) and its data table lists.
 * An area without a figure says why; a top-coded wage keeps its bound. Immutable and thread-safe.
 *
 * @param occupation the occupation, never null
 * @param measure what the figures are, never null
 * @param cells one per area, by name; never null
 * @param source the caption's source line with the vintages drawn, never null
 */
public record AreaMap(Occupation occupation, MapMeasure measure, List<Cell> cells, String source)
        implements PlaceMap {
    public AreaMap {
        requireNonNull(occupation, "occupation is null");
        requireNonNull(measure, "measure is null");
        cells = List.copyOf(requireNonNull(cells, "cells is null"));
        requireNonNull(source, "source is null");
    }

    /**
     * One area's figure. Built by the map only (its figure's type is the chart package's own).
     *
     * @param area the area, never null
     * @param figure its figure, never null
     * @param counties how many counties of the map lie in it (none for an area outside the 50 states and DC)
     */
    public record Cell(OewsArea area, MapFigure figure, int counties) {
        public Cell {
            requireNonNull(area, "area is null");
            requireNonNull(figure, "figure is null");
        }

        /** How its figure stands; never null. */
        public StateMap.Status status() {
            return figure.status();
        }

        /** The figure, or the bound of a top-coded wage; empty when suppressed or missing; never null. */
        public OptionalDouble value() {
            return figure.value();
        }

        /** The figure's OEWS year, such as "May 2025", or empty; never null. */
        public Optional<String> vintage() {
            return figure.vintage();
        }

        /** True when the area's counties are on the map. */
        public boolean drawn() {
            return counties > 0;
        }
    }

    /**
     * The map of one measure from an occupation's area estimates.
     *
     * @param occupation the occupation with its wages at the areas, never null
     * @param areas the OEWS areas to list (the gazetteer's), never null
     * @param measure what to map, never null
     * @return the map's figures, never null
     * @throws OccupationException {@code INVALID_INPUT} for a measure that has no area figures, saying why
     */
    public static AreaMap of(Occupation occupation, List<OewsArea> areas, MapMeasure measure) {
        requireNonNull(occupation, "occupation is null");
        requireNonNull(measure, "measure is null");
        String what = measure.displayName().toLowerCase(Locale.ROOT);
        switch (measure) {
            case GROWTH -> throw OccupationException.invalidInput("Projected employment change is published by state"
                    + " (the state long-term projections), not by metro or nonmetro area: map it with level=state,"
                    + " or map median-annual, location-quotient or another OEWS measure by area.");
            default -> { }
        }
        Map<String, Integer> counties = CountyAreas.bundled().countiesByArea();
        Estimates estimates = Estimates.of(occupation);
        List<Cell> cells = new ArrayList<>(areas.size());
        for (OewsArea area : areas) {
            cells.add(new Cell(area, estimates.figure(area, measure), counties.getOrDefault(area.code(), 0)));
        }
        cells.sort(Comparator.comparing((Cell c) -> c.area().name()).thenComparing(c -> c.area().code()));
        if (cells.stream().filter(Cell::drawn).noneMatch(c -> c.value().isPresent())) { // off the map: no classes
            throw OccupationException.invalidInput("No metro or nonmetro area has a figure of " + what + " for "
                    + occupation.title() + ", so there is no metro map: map it with level=state, or pick another"
                    + " measure" + (measure == MapMeasure.MEDIAN_HOURLY ? " (the OEWS metro files publish no hourly"
                    + " wages; import BLS's area workbooks for them, docs/data.md)." : measure
                    == MapMeasure.EMPLOYMENT_PER_1000 ? " (the OEWS metro files publish no JOBS_1000; import BLS's"
                    + " area workbooks for it, docs/data.md)." : measure == MapMeasure.PRICE_ADJUSTED ? " (BEA"
                    + " publishes price parities for metropolitan areas only, and those at hand cover the 200"
                    + " largest; none of them has a median for this occupation)." : " or occupation."));
        }
        String source = MapFigure.oewsSource(occupation, cells.stream().filter(Cell::drawn).map(Cell::figure),
                "area");
        if (measure == MapMeasure.PRICE_ADJUSTED) {
            source += " " + MapFigure.paritySource(cells.stream().filter(c -> c.drawn() && c.value().isPresent())
                    .flatMap(c -> parity(c.area()).stream()));
        }
        return new AreaMap(occupation, measure, cells, source);
    }

    /**
     * The BEA price parity a price-adjusted map divides an area's median by.
     *
     * @param cell one of this map's cells, never null
     * @return its area's parity, or empty for an area BEA's figures here do not cover (every nonmetropolitan area)
     */
    public Optional<PriceParity> parity(Cell cell) {
        return parity(cell.area());
    }

    /** BEA's parity of an area: metro areas only (BEA publishes none for nonmetropolitan areas). */
    private static Optional<PriceParity> parity(OewsArea area) {
        return area.metro() ? PriceParities.bundled().ofArea(area.code()) : Optional.empty();
    }

    /**
     * An occupation's area estimates indexed by place, built once per map: a look-up per area instead of a scan of
     * every estimate. The first estimate of a place and rate counts, as {@link Wages#find} takes it.
     */
    private record Estimates(Wages wages, Map<Location, WageEstimate> annual, Map<Location, WageEstimate> hourly) {
        static Estimates of(Occupation occupation) {
            Wages wages = occupation.wages().orElse(null);
            Map<Location, WageEstimate> annual = new HashMap<>();
            Map<Location, WageEstimate> hourly = new HashMap<>();
            if (wages != null) {
                for (WageEstimate e : wages.estimates()) {
                    (e.rateType() == RateType.ANNUAL ? annual : hourly).putIfAbsent(e.area(), e);
                }
            }
            return new Estimates(wages, annual, hourly);
        }

        MapFigure figure(OewsArea area, MapMeasure measure) {
            if (wages == null) {
                return MapFigure.share(OptionalDouble.empty(), Optional.empty());
            }
            Optional<WageEstimate> annual = Optional.ofNullable(this.annual.get(area.location()));
            Optional<String> year = annual.flatMap(a -> MapFigure.oewsYear(a.yearIn(wages)));
            return switch (measure) {
                case MEDIAN_HOURLY -> MapFigure.wage(Optional.ofNullable(hourly.get(area.location()))
                        .map(WageEstimate::median), year);
                case EMPLOYMENT_PER_1000 -> MapFigure.share(annual.map(WageEstimate::jobsPer1000)
                        .orElse(OptionalDouble.empty()), year);
                case LOCATION_QUOTIENT -> MapFigure.share(annual.map(WageEstimate::locationQuotient)
                        .orElse(OptionalDouble.empty()), year);
                case PRICE_ADJUSTED -> MapFigure.priceAdjusted(MapFigure.wage(annual.map(WageEstimate::median),
                        year), parity(area));
                default -> MapFigure.wage(annual.map(WageEstimate::median), year);
            };
        }
    }

    /**
     * The measures this occupation has at least one area's figure of, in declaration order: those its metro map can
     * be drawn in.
     *
     * @return the measures, never null
     */
    public List<MapMeasure> available() {
        Estimates estimates = Estimates.of(occupation);
        return Arrays.stream(MapMeasure.values())
                .filter(m -> m != MapMeasure.GROWTH)
                .filter(m -> cells.stream().anyMatch(c -> estimates.figure(c.area(), m).value().isPresent()))
                .toList();
    }

    /** "Median annual wage of Registered Nurses by metro and nonmetro area". */
    @Override
    public String title() {
        return measure.displayName() + " of " + occupation.title() + " by metro and nonmetro area";
    }

    /** The cells drawn on the map: the areas that a county of the 50 states and DC lies in; never null. */
    public List<Cell> drawn() {
        return cells.stream().filter(Cell::drawn).toList();
    }

    /**
     * A figure as shown in the table and legend, such as "$100,490" or "≥ $239,200"; empty when none.
     *
     * @param cell one of this map's cells, never null
     * @return the text, never null
     */
    public String text(Cell cell) {
        return cell.figure().text(measure);
    }

    /**
     * The table as CSV: a header, then one row per area with its code, name, kind ({@code metro} or {@code
     * nonmetro}), postal codes of its states, value (as published, or the bound of a top-coded wage; on a
     * price-adjusted map the adjusted value, to the cent), status, vintage and how many counties of the map lie in
     * it; a price-adjusted map adds each area's parity and its year.
     *
     * @return the CSV text, with CRLF line ends; never null
     */
    @Override
    public String csv() {
        return MapFigure.csv(this, MapFigure.columns(measure, List.of("area_code", "name", "kind", "states", "value",
                "status", "vintage", "counties")), cells.stream().map(c -> MapFigure.row(measure, List.of(
                        c.area().code(), c.area().name(), c.area().metro() ? "metro" : "nonmetro", c.area().states()
                                .stream().map(UsState::postalCode).collect(Collectors.joining(" ")),
                        c.figure().csvValue(measure), c.figure().csvStatus(), c.vintage().orElse(""), c.counties()),
                        parity(c))));
    }
}
