package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.Section;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.cache.FreshnessPolicy;
import org.occucompare.web.cache.Rendered;
import org.occucompare.web.cache.ResponseCache;
import org.occucompare.web.cache.ResponseCache.Policy;
import org.occucompare.web.chart.AreaMap;
import org.occucompare.web.chart.MapMeasure;
import org.occucompare.web.chart.PlaceMap;
import org.occucompare.web.chart.StateMap;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.PlaceLevel;
import org.occucompare.web.places.ResolvedPlace;
import org.occucompare.web.ui.PageRenderer;
import org.occucompare.web.ui.Params;

/**
 * Client/server IO of the occupation page, {@code GET /occupations/{code}?location=…}, and of its places page,
 * {@code GET /occupations/{code}/places}: each rendered once per dataset version and kept in the
 * {@link ResponseCache}.
 */
public final class OccupationPageController {
    private static final int SIMILAR = 8;

    private final PageRenderer renderer;
    private final Frames frames;
    private final OccupationSource occupations;
    private final AnalysisServices analysis;
    private final Function<String, ResolvedPlace> places;
    private final BiFunction<ResolvedPlace, Occupation, ResolvedPlace> answered;
    private final BiFunction<String, PlaceLevel, OccupationPlaces> placesOf;
    private final BiFunction<Occupation, MapMeasure, AreaMap> areaMapOf;
    private final ResponseCache cache;
    private final FreshnessPolicy freshness;

    /**
     * Creates the controller.
     *
     * @param renderer the template renderer, never null
     * @param frames the page frames, never null
     * @param occupations where occupations come from, never null
     * @param analysis the analytics, for the similar occupations; never null
     * @param places resolves a place as typed (area codes and names, cities, ZIP codes), never null
     * @param answered a place as the data source answered it, for a city or ZIP code the source placed in another
     *     area than the gazetteer; never null
     * @param placesOf lists an occupation across the places of a level, never null
     * @param areaMapOf an occupation's metro map of a measure, never null
     * @param cache where rendered pages are kept, never null
     * @param freshness the freshness rules of the occupations' data, never null
     */
    public OccupationPageController(PageRenderer renderer, Frames frames, OccupationSource occupations,
            AnalysisServices analysis, Function<String, ResolvedPlace> places,
            BiFunction<ResolvedPlace, Occupation, ResolvedPlace> answered,
            BiFunction<String, PlaceLevel, OccupationPlaces> placesOf,
            BiFunction<Occupation, MapMeasure, AreaMap> areaMapOf, ResponseCache cache, FreshnessPolicy freshness) {
        this.places = requireNonNull(places, "places is null");
        this.answered = requireNonNull(answered, "answered is null");
        this.placesOf = requireNonNull(placesOf, "placesOf is null");
        this.areaMapOf = requireNonNull(areaMapOf, "areaMapOf is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.frames = requireNonNull(frames, "frames is null");
        this.occupations = requireNonNull(occupations, "occupations is null");
        this.analysis = requireNonNull(analysis, "analysis is null");
        this.cache = requireNonNull(cache, "cache is null");
        this.freshness = requireNonNull(freshness, "freshness is null");
    }

    /**
     * {@code GET /occupations/{code}?location=…&sections=…} (every configured section when {@code sections} is
     * absent).
     *
     * @param ctx the request, never null
     */
    public void occupation(Context ctx) {
        cache.answer(ctx, Policy.REVALIDATE, () -> {
            OccupationCode code = Params.code(ctx);
            ResolvedPlace place = Params.place(ctx, places);
            Location location = place.request();
            Optional<Set<Section>> sections = Params.sections(ctx);
            OccupationKey key = new OccupationKey.Code(code);
            Occupation occupation = sections.map(s -> occupations.fetch(key, location, s, Freshness.CACHED))
                    .orElseGet(() -> occupations.fetch(key, location, Freshness.CACHED)).require(key);
            List<Link> links = analysis.similar(code, SIMILAR).stream().map(s -> new Link(s.title(),
                    CompareLinks.of(List.of(code.value(), s.code().value()), List.of(location.key()),
                            code.value()))).toList();
            String html = renderer.render("occupation.jte", Map.of("view", new OccupationView(
                    frames.frame(occupation.title()), occupation, location, links,
                    Optional.of(answered.apply(place, occupation)))));
            return new Rendered(html.getBytes(StandardCharsets.UTF_8), PageRenderer.HTML, Map.of(),
                    freshness.of(List.of(occupation)));
        });
    }

    /**
     * {@code GET /occupations/{code}/places?level=state|metro&measure=…}: one occupation across every state or metro
     * area, with the map of {@code measure} (the annual median by default) and its table: the state map, or the metro
     * map of every OEWS area. Rendered once per occupation, level, measure asked for and dataset version and kept in
     * the {@link ResponseCache}; the key is the request as parsed, so {@code level=state} and no level share it.
     *
     * @param ctx the request, never null
     */
    public void places(Context ctx) {
        OccupationCode code = Params.code(ctx);
        PlaceLevel chosen = Params.placeLevel(ctx);
        Optional<MapMeasure> asked = Params.mapMeasure(ctx);
        String request = "page|places|" + code.value() + "|" + chosen.id() + "|"
                + asked.map(MapMeasure::id).orElse("");
        cache.answer(ctx, request, Policy.REVALIDATE, () -> {
            OccupationPlaces found = placesOf.apply(code.value(), chosen);
            MapMeasure measure = asked.orElse(MapMeasure.MEDIAN_ANNUAL);
            Optional<PlaceMap> map = Optional.empty();
            try {
                map = Optional.of(chosen == PlaceLevel.STATE ? StateMap.of(found, measure)
                        : areaMapOf.apply(found.occupation(), measure)); // the listing's fetch, at every area
            } catch (OccupationException e) {
                if (asked.isPresent()) {
                    throw e; // a measure asked for and not available is a 400 that says why
                }
            }
            String html = renderer.render("places.jte", Map.of("view", new PlacesView(
                    frames.frame(found.occupation().title() + " by place"), found, map)));
            return new Rendered(html.getBytes(StandardCharsets.UTF_8), PageRenderer.HTML, Map.of(),
                    freshness.of(List.of(found.occupation())));
        });
    }
}
