package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.cache.FreshnessPolicy;
import org.occucompare.web.cache.Rendered;
import org.occucompare.web.cache.ResponseCache;
import org.occucompare.web.cache.ResponseCache.Policy;
import org.occucompare.web.chart.AreaMap;
import org.occucompare.web.chart.ChartFormat;
import org.occucompare.web.chart.FigureSize;
import org.occucompare.web.chart.MapMeasure;
import org.occucompare.web.chart.MapRenderer;
import org.occucompare.web.chart.PlaceMap;
import org.occucompare.web.chart.StateMap;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.PlaceLevel;
import org.occucompare.web.ui.Params;

/**
 * {@code GET /api/charts/map.{png|svg|pdf|csv}?occupations=CODE&measure=…&level=state|metro}: one occupation's state
 * map or metro map (counties coloured by their OEWS area), or its data table as CSV, from the store's figures; each
 * answer is rendered once per dataset version and kept in the {@link ResponseCache}.
 */
public final class MapApiController {
    private final BiFunction<String, PlaceLevel, OccupationPlaces> placesOf;
    private final BiFunction<Occupation, MapMeasure, AreaMap> areaMapOf;
    private final ResponseCache cache;
    private final FreshnessPolicy freshness;

    /**
     * A controller over the state listings and the metro maps.
     *
     * @param placesOf lists an occupation across the places of a level, never null
     * @param areaMapOf an occupation's metro map of a measure, never null
     * @param cache where rendered answers are kept per dataset version, never null
     * @param freshness how long an answer may be kept, never null
     */
    public MapApiController(BiFunction<String, PlaceLevel, OccupationPlaces> placesOf,
            BiFunction<Occupation, MapMeasure, AreaMap> areaMapOf, ResponseCache cache, FreshnessPolicy freshness) {
        this.placesOf = requireNonNull(placesOf, "placesOf is null");
        this.areaMapOf = requireNonNull(areaMapOf, "areaMapOf is null");
        this.cache = requireNonNull(cache, "cache is null");
        this.freshness = requireNonNull(freshness, "freshness is null");
    }

    /**
     * The map as PNG, SVG or PDF at the size of {@code size}, {@code width_mm}, {@code dpi} or {@code scale}, or its
     * figures as CSV.
     *
     * @param ctx the request, never null
     */
    public void map(Context ctx) {
        String format = ctx.pathParam("format").strip().toLowerCase(Locale.ROOT);
        MapMeasure measure = Params.mapMeasure(ctx).orElse(MapMeasure.MEDIAN_ANNUAL);
        OccupationCode code = occupation(ctx.queryParam("occupations"));
        PlaceLevel level = Params.placeLevel(ctx);
        String name = "occucompare-map-" + code.value() + "-" + measure.id()
                + (level == PlaceLevel.METRO ? "-metro" : "");
        String key = code.value() + "|" + measure.id() + "|" + level.id();
        if (format.equals("csv")) {
            cache.answer(ctx, "map.csv|" + key, Policy.FILE, () -> {
                PlaceMap map = map(code, measure, level);
                return new Rendered(map.csv().getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8",
                        Map.of("Content-Disposition", "attachment; filename=\"" + name + ".csv\""),
                        freshness.of(List.of(map.occupation())));
            });
            return;
        }
        ChartFormat chart = parse("format", format);
        FigureSize size = FigureParams.of(ctx);
        cache.answer(ctx, "map|" + chart.extension() + "|" + size + "|" + key, Policy.FILE, () -> {
            PlaceMap map = map(code, measure, level);
            return new Rendered(MapRenderer.render(map, chart, size), chart.mediaType(), Map.of("Content-Disposition",
                    "inline; filename=\"" + name + "." + chart.extension() + "\""),
                    freshness.of(List.of(map.occupation())));
        });
    }

    private PlaceMap map(OccupationCode code, MapMeasure measure, PlaceLevel level) {
        OccupationPlaces places = placesOf.apply(code.value(), level);
        return level == PlaceLevel.METRO ? areaMapOf.apply(places.occupation(), measure) : StateMap.of(places, measure);
    }

    private static ChartFormat parse(String name, String value) {
        try {
            return ChartFormat.parse(value);
        } catch (OccupationException e) {
            throw Params.invalid(name, "is wrong: " + e.getMessage() + " The map's figures are also at map.csv.");
        }
    }

    private static OccupationCode occupation(String value) {
        List<String> codes = Params.list(value);
        if (codes.size() != 1) {
            throw Params.invalid("occupations", codes.isEmpty()
                    ? "is missing: the map shows one occupation, such as occupations=29-1141.00."
                    : "names " + codes.size() + " occupations: the map shows one, such as occupations=29-1141.00.");
        }
        return Params.code("occupations", codes.get(0));
    }
}
