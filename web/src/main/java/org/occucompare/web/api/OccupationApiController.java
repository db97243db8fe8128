package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.PlaceLevel;
import org.occucompare.web.places.ResolvedPlace;
import org.occucompare.web.ui.Params;

/** Client/server IO of {@code GET /api/occupations?q=…} and {@code GET /api/occupations/{code}?location=…}. */
public final class OccupationApiController {
    /** The most search results one request returns. */
    public static final int MAX_RESULTS = 50;

    private final OccupationSource occupations;
    private final Function<String, ResolvedPlace> places;
    private final BiFunction<String, PlaceLevel, OccupationPlaces> placesOf;

    /**
     * Creates the controller.
     *
     * @param occupations where occupations come from, never null
     * @param places resolves a place as typed (area codes and names, cities, ZIP codes), never null
     * @param placesOf lists an occupation across the places of a level, never null
     */
    public OccupationApiController(OccupationSource occupations, Function<String, ResolvedPlace> places,
            BiFunction<String, PlaceLevel, OccupationPlaces> placesOf) {
        this.occupations = requireNonNull(occupations, "occupations is null");
        this.places = requireNonNull(places, "places is null");
        this.placesOf = requireNonNull(placesOf, "placesOf is null");
    }

    /**
     * Searches titles, alternate titles and codes; {@code limit} is 1 to 50 (default 10).
     *
     * @param ctx the request, never null
     */
    public void search(Context ctx) {
        String query = Params.query(ctx);
        int limit = Params.limit(ctx, "limit", 10, MAX_RESULTS);
        ctx.json(new SearchResponse(query, occupations.search(query, limit)));
    }

    /**
     * One occupation at a place (the nation by default), as the normalized model, with the wages of the place's area,
     * state and the nation, and the sections of {@code ?sections=} (the configured ones by default); an unknown code
     * is a 404 that lists suggestions. The header {@value #PLACE_HEADER} says how the place was resolved.
     *
     * @param ctx the request, never null
     */
    public void occupation(Context ctx) {
        OccupationKey key = new OccupationKey.Code(Params.code(ctx));
        ResolvedPlace place = Params.place(ctx, places);
        ctx.header(PLACE_HEADER, Params.headerText(place.how()));
        Location location = place.request();
        ctx.json(Params.sections(ctx).map(sections -> occupations.fetch(key, location, sections, Freshness.CACHED))
                .orElseGet(() -> occupations.fetch(key, location, Freshness.CACHED)).require(key));
    }

    /**
     * One occupation across every state ({@code level=state}, the default) or metro area ({@code level=metro}): each
     * place's newest annual and hourly median, employment and OEWS year, highest median first.
     *
     * @param ctx the request, never null
     */
    public void places(Context ctx) {
        OccupationCode code = Params.code(ctx);
        PlaceLevel chosen = Params.placeLevel(ctx);
        OccupationPlaces found = placesOf.apply(code.value(), chosen);
        ctx.json(new PlacesResponse(found.occupation().code().value(), found.occupation().title(), chosen.id(),
                found.rows()));
    }

    /**
     * The answer of {@link #places}.
     *
     * @param code the occupation's code
     * @param title its title
     * @param level {@code state} or {@code metro}
     * @param places one row per place, highest median first
     */
    public record PlacesResponse(String code, String title, String level, List<OccupationPlaces.Row> places) {
        public PlacesResponse {
            places = List.copyOf(places);
        }
    }

    /** The response header that says how the place was resolved. */
    public static final String PLACE_HEADER = "OccuCompare-Place";
}
