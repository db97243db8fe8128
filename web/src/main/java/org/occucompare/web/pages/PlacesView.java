package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.PlaceLevel;
import org.occucompare.web.ui.Formats;
import org.occucompare.web.ui.Frame;

/**
 * The page of one occupation across all places of a level.
 *
 * @param frame the page frame, never null
 * @param places the listing, never null
 */
public record PlacesView(Frame frame, OccupationPlaces places) {
    /** Validates. */
    public PlacesView {
        requireNonNull(frame, "frame is null");
        requireNonNull(places, "places is null");
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

    /** One row's cells as shown: the annual and hourly medians (≥ when top-coded), employment and year. */
    public List<String> cells(OccupationPlaces.Row row) {
        return List.of(Formats.wage(row.annualMedian()), row.hourlyMedian().map(Formats::wage).orElse("n/a"),
                Formats.count(row.employment()), row.year().isPresent() ? "May " + row.year().getAsInt() : "–");
    }
}
