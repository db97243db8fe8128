package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.PriceParities;
import org.occucompare.core.model.PriceParities.PriceParity;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.UsState;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.PlaceLevel;

/**
 * One occupation's figure of one measure in every state, DC and territory: what the state map draws and its data
 * table lists. A state without a figure says why (suppressed by BLS, not published, no estimate); a top-coded wage
 * keeps its bound. Immutable and thread-safe.
 *
 * @param occupation the occupation, never null
 * @param measure what the figures are, never null
 * @param cells one per state, DC and territory, in {@link UsState} order (the states and DC by name, then the
 *     territories); never null
 * @param source the caption's source line with the vintages drawn, never null
 */
public record StateMap(Occupation occupation, MapMeasure measure, List<Cell> cells, String source)
        implements PlaceMap {
    public StateMap {
        requireNonNull(occupation, "occupation is null");
        requireNonNull(measure, "measure is null");
        cells = List.copyOf(requireNonNull(cells, "cells is null"));
        requireNonNull(source, "source is null");
    }

    /** How a state's figure stands. */
    public enum Status {
        /** A published figure. */
        FIGURE("published"),
        /** A wage at or above the OEWS top code: only its lower bound is known. */
        TOP_CODED("top-coded (at least this)"),
        /** An estimate BLS did not release, as it did not meet its publication standards. */
        SUPPRESSED("suppressed by BLS"),
        /** No figure: no estimate, or none published for this measure. */
        MISSING("no figure"),
        /** A wage without a BEA price parity for its place, so no price-adjusted figure. */
        NO_PARITY("no BEA price parity");

        private final String description;

        Status(String description) {
            this.description = description;
        }

        /** A short phrase for tables, such as "suppressed by BLS"; never null. */
        public String description() {
            return description;
        }
    }

    /**
     * One state's figure. Built by the map only (its figure's type is the chart package's own).
     *
     * @param state the state, DC or territory, never null
     * @param figure its figure, never null
     */
    public record Cell(UsState state, MapFigure figure) {
        public Cell {
            requireNonNull(state, "state is null");
            requireNonNull(figure, "figure is null");
        }

        /** How its figure stands; never null. */
        public Status status() {
            return figure.status();
        }

        /** The figure, or the bound of a top-coded wage; empty when suppressed or missing; never null. */
        public OptionalDouble value() {
            return figure.value();
        }

        /** The figure's OEWS year (such as "May 2025") or projection period, or empty; never null. */
        public Optional<String> vintage() {
            return figure.vintage();
        }
    }

    /**
     * The map of one measure from one occupation's state listing.
     *
     * @param places the occupation across the states ({@link PlaceLevel#STATE}), never null
     * @param measure what to map, never null
     * @return the map's figures, never null
     * @throws OccupationException {@code INVALID_INPUT} for a measure the store has no data for, saying why
     */
    public static StateMap of(OccupationPlaces places, MapMeasure measure) {
        requireNonNull(places, "places is null");
        requireNonNull(measure, "measure is null");
        if (places.level() != PlaceLevel.STATE) {
            throw new IllegalArgumentException("the state map needs the state listing, not " + places.level());
        }
        Occupation o = places.occupation();
        List<Cell> cells = cells(places, measure);
        if (drawn(cells).stream().allMatch(c -> c.value().isEmpty())) { // a figure only off the map has no classes
            throw OccupationException.invalidInput("No state has a figure of " + measure.displayName()
                    .toLowerCase(Locale.ROOT) + " for " + o.title() + ", so there is no map: pick another measure"
                    + " or occupation" + (measure == MapMeasure.EMPLOYMENT_PER_1000 ? ", or import OEWS state files"
                    + " that carry JOBS_1000 (docs/data.md)." : measure == MapMeasure.LOCATION_QUOTIENT
                    ? ", or import OEWS state files that carry LOC_QUOTIENT (docs/data.md)." : measure
                    == MapMeasure.PRICE_ADJUSTED ? " (BEA's state parities are at hand for " + PriceParities.bundled()
                    .states().size() + " states only, none of which has a median for this occupation; docs/data.md"
                    + " says how to add BEA's state table)." : "."));
        }
        return new StateMap(o, measure, cells, sourceLine(o, measure, cells));
    }

    /**
     * The measures an occupation's state listing has at least one state's figure of, in declaration order: those
     * its map can be drawn in.
     *
     * @param places the occupation across the states ({@link PlaceLevel#STATE}), never null
     * @return the measures, never null
     */
    public static List<MapMeasure> available(OccupationPlaces places) {
        return Arrays.stream(MapMeasure.values())
                .filter(m -> cells(places, m).stream().anyMatch(c -> c.value().isPresent())).toList();
    }

    private static List<Cell> cells(OccupationPlaces places, MapMeasure measure) {
        Occupation o = places.occupation();
        Map<Location, OccupationPlaces.Row> byPlace = new HashMap<>();
        places.rows().forEach(r -> byPlace.putIfAbsent(r.place(), r)); // the first row of a place, as before
        List<Cell> cells = new ArrayList<>(UsState.values().length);
        for (UsState state : UsState.values()) {
            Optional<OccupationPlaces.Row> row = Optional.ofNullable(byPlace.get(new Location.State(state)));
            Optional<String> year = row.flatMap(r -> MapFigure.oewsYear(r.year()));
            MapFigure figure = switch (measure) {
                case MEDIAN_ANNUAL -> MapFigure.wage(row.map(OccupationPlaces.Row::annualMedian), year);
                case MEDIAN_HOURLY -> MapFigure.wage(row.flatMap(OccupationPlaces.Row::hourlyMedian), year);
                case GROWTH -> growth(o.projections().flatMap(p -> p.forState(state)));
                case EMPLOYMENT_PER_1000 -> MapFigure.share(row.map(OccupationPlaces.Row::jobsPer1000)
                        .orElse(OptionalDouble.empty()), year);
                case LOCATION_QUOTIENT -> MapFigure.share(row.map(OccupationPlaces.Row::locationQuotient)
                        .orElse(OptionalDouble.empty()), year);
                case PRICE_ADJUSTED -> MapFigure.priceAdjusted(MapFigure.wage(row.map(
                        OccupationPlaces.Row::annualMedian), year), PriceParities.bundled().ofState(state));
            };
            cells.add(new Cell(state, figure));
        }
        return cells;
    }

    private static MapFigure growth(Optional<ProjectionRow> row) {
        return MapFigure.share(row.map(ProjectionRow::percentChange).orElse(OptionalDouble.empty()),
                row.map(r -> r.round().label()));
    }

    private static String sourceLine(Occupation o, MapMeasure measure, List<Cell> cells) {
        if (measure == MapMeasure.GROWTH) {
            return "Source: Projections Central state long-term occupational projections"
                    + MapFigure.vintages(cells.stream().map(Cell::figure), "state") + ".";
        }
        String oews = MapFigure.oewsSource(o, cells.stream().map(Cell::figure), "state");
        return measure != MapMeasure.PRICE_ADJUSTED ? oews : oews + " " + MapFigure.paritySource(drawn(cells)
                .stream().filter(c -> c.value().isPresent()).flatMap(c -> PriceParities.bundled().ofState(c.state())
                        .stream()));
    }

    /** "Median annual wage of Registered Nurses by state". */
    @Override
    public String title() {
        return measure.displayName() + " of " + occupation.title() + " by state";
    }

    /** The cells that are drawn on the map: the 50 states and DC; never null. */
    public List<Cell> drawn() {
        return drawn(cells);
    }

    private static List<Cell> drawn(List<Cell> cells) {
        Set<String> mapped = UsAtlas.stateFips();
        return cells.stream().filter(c -> mapped.contains(c.state().fips())).toList();
    }

    /**
     * The BEA price parity a price-adjusted map divides a state's median by.
     *
     * @param cell one of this map's cells, never null
     * @return its state's parity, or empty where none is at hand (or BEA publishes none)
     */
    public Optional<PriceParity> parity(Cell cell) {
        return PriceParities.bundled().ofState(cell.state());
    }

    /**
     * A figure as shown in the table and legend: "$95,990", "$67.44", "+4.9%", "18.09" (jobs per 1,000), "1.05"
     * (location quotient), "≥ $239,200"; empty when none.
     *
     * @param cell one of this map's cells, never null
     * @return the text, never null
     */
    public String text(Cell cell) {
        return cell.figure().text(measure);
    }

    /**
     * The table as CSV: a header, then one row per state, DC and territory with its postal code, FIPS code, name,
     * value (as published, or the bound of a top-coded wage; on a price-adjusted map the adjusted value, to the cent),
     * status and vintage; a price-adjusted map adds each state's parity and its year.
     *
     * @return the CSV text, with CRLF line ends; never null
     */
    @Override
    public String csv() {
        return MapFigure.csv(this, MapFigure.columns(measure, List.of("state", "fips", "name", "value", "status",
                "vintage")), cells.stream().map(c -> MapFigure.row(measure, List.of(c.state().postalCode(),
                        c.state().fips(), c.state().displayName(), c.figure().csvValue(measure),
                        c.figure().csvStatus(), c.vintage().orElse("")), parity(c))));
    }
}
