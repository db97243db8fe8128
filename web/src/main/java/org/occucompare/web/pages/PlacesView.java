package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.occucompare.web.chart.MapMeasure;
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
 * @param map the state map and its figures, at the state level when any state has a figure; never null
 */
public record PlacesView(Frame frame, OccupationPlaces places, Optional<StateMap> map) {
    /** Validates. */
    public PlacesView {
        requireNonNull(frame, "frame is null");
        requireNonNull(places, "places is null");
        requireNonNull(map, "map is null");
    }

    /** The measures the map can be switched to: those with at least one state's figure for this occupation. */
    public List<MapMeasure> mapMeasures() {
        return StateMap.available(places);
    }

    /**
     * The map's address in a format, such as {@code /api/charts/map.svg?occupations=29-1141.00&measure=growth}.
     *
     * @param map the map shown, never null
     * @param format {@code svg}, {@code png}, {@code pdf} or {@code csv}, never null
     * @return the address, never null
     */
    public String mapHref(StateMap map, String format) {
        return "/api/charts/map." + format + "?occupations=" + map.occupation().code().value() + "&measure="
                + map.measure().id();
    }

    /** This page with the map of another measure. */
    public String measureHref(MapMeasure measure) {
        return "/occupations/" + places.occupation().code().value() + "/places?level=state&measure=" + measure.id();
    }

    /** A cell's value for sorting: the figure, or empty for none (sorted last). */
    public String sortKey(StateMap.Cell cell) {
        return cell.value().isPresent() ? String.valueOf(cell.value().getAsDouble()) : "";
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
