package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.occucompare.core.model.PriceParities.PriceParity;
import org.occucompare.web.chart.AreaMap;
import org.occucompare.web.chart.MapMeasure;
import org.occucompare.web.chart.PlaceMap;
import org.occucompare.web.chart.StateMap;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.PlaceLevel;
import org.occucompare.web.ui.Formats;
import org.occucompare.web.ui.Frame;

/**
 * The page of one occupation across all places of a level.
 *
 * @param frame the page frame, never null
 * @param places the listing, never null
 * @param map the map and its figures (the state map, or the metro map of every OEWS area), when any place has a
 *     figure; never null
 */
public record PlacesView(Frame frame, OccupationPlaces places, Optional<PlaceMap> map) {
    /** Validates. */
    public PlacesView {
        requireNonNull(frame, "frame is null");
        requireNonNull(places, "places is null");
        requireNonNull(map, "map is null");
    }

    /**
     * One row of the map's table.
     *
     * @param place the state or area, never null
     * @param kind for an area, "Metro" or "Nonmetro"; empty for a state; never null
     * @param figure the figure as shown, never null
     * @param sortKey the figure for sorting, empty for none (sorted last); never null
     * @param status how the figure stands, never null
     * @param vintage the figure's year or period, or empty; never null
     * @param parity the place's BEA price parity and year, such as "103.595 (2024)", or "none"; shown on the
     *     price-adjusted map only; never null
     */
    public record MapRow(String place, String kind, String figure, String sortKey, String status, String vintage,
            String parity) {
    }

    /** The measures the map can be switched to: those with at least one place's figure for this occupation. */
    public List<MapMeasure> mapMeasures() {
        return map.filter(AreaMap.class::isInstance).map(m -> ((AreaMap) m).available())
                .orElseGet(() -> StateMap.available(places));
    }

    /** The rows of the map's table: every state, DC and territory, or every OEWS area. */
    public List<MapRow> mapRows(PlaceMap map) {
        if (map instanceof AreaMap areas) {
            return areas.cells().stream().map(c -> new MapRow(c.area().name(), c.area().metro() ? "Metro"
                    : "Nonmetro", areas.text(c), sortKey(c.value()), c.status().description(),
                    c.vintage().orElse(""), parity(areas.parity(c)))).toList();
        }
        StateMap states = (StateMap) map;
        return states.cells().stream().map(c -> new MapRow(c.state().displayName(), "", states.text(c),
                sortKey(c.value()), c.status().description(), c.vintage().orElse(""), parity(states.parity(c))))
                .toList();
    }

    /** A parity as its table cell reads it: "103.595 (2024)", or "none" where none is at hand. */
    private static String parity(Optional<PriceParity> parity) {
        return parity.map(p -> PlaceMap.parityText(p) + " (" + p.year() + ")").orElse("none");
    }

    /**
     * The map's address in a format, such as {@code /api/charts/map.svg?occupations=29-1141.00&measure=growth}.
     *
     * @param map the map shown, never null
     * @param format {@code svg}, {@code png}, {@code pdf} or {@code csv}, never null
     * @return the address, never null
     */
    public String mapHref(PlaceMap map, String format) {
        return "/api/charts/map." + format + "?occupations=" + map.occupation().code().value() + "&measure="
                + map.measure().id() + (places.level() == PlaceLevel.METRO ? "&level=metro" : "");
    }

    /** This page with the map of another measure. */
    public String measureHref(MapMeasure measure) {
        return "/occupations/" + places.occupation().code().value() + "/places?level=" + places.level().id()
                + "&measure=" + measure.id();
    }

    private static String sortKey(OptionalDouble value) {
        return value.isPresent() ? String.valueOf(value.getAsDouble()) : "";
    }

    /** The other level's address, such as {@code /occupations/29-1141.00/places?level=metro}. */
    public String otherLevelHref() {
        PlaceLevel other = places.level() == PlaceLevel.STATE ? PlaceLevel.METRO : PlaceLevel.STATE;
        return "/occupations/" + places.occupation().code().value() + "/places?level=" + other.id();
    }

    /** The JSON of this listing. */
    public String apiHref() {
        return "/api/occupations/" + places.occupation().code().value() + "/places?level=" + places.level().id();
    }

    /**
     * One row's cells as shown: the annual and hourly medians (≥ when top-coded), employment, jobs per 1,000 jobs,
     * location quotient and year.
     */
    public List<String> cells(OccupationPlaces.Row row) {
        return List.of(Formats.wage(row.annualMedian()), row.hourlyMedian().map(Formats::wage).orElse("n/a"),
                Formats.count(row.employment()), Formats.share(row.jobsPer1000()),
                Formats.share(row.locationQuotient()),
                row.year().isPresent() ? "May " + row.year().getAsInt() : "–");
    }
}
