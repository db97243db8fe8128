package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.chart.ChartFormat;
import org.occucompare.web.chart.FigureSize;
import org.occucompare.web.chart.MapMeasure;
import org.occucompare.web.chart.MapRenderer;
import org.occucompare.web.chart.StateMap;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.PlaceLevel;
import org.occucompare.web.ui.Params;

/**
 * {@code GET /api/charts/map.{png|svg|pdf|csv}?occupations=CODE&measure=…}: one occupation's state map, or its data
 * table as CSV, from the store's state figures.
 */
public final class MapApiController {
    private final BiFunction<String, PlaceLevel, OccupationPlaces> placesOf;

    /**
     * A controller over the state listings.
     *
     * @param placesOf lists an occupation across the places of a level, never null
     */
    public MapApiController(BiFunction<String, PlaceLevel, OccupationPlaces> placesOf) {
        this.placesOf = requireNonNull(placesOf, "placesOf is null");
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
        String name = "occucompare-map-" + code.value() + "-" + measure.id();
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                    .result(map(code, measure).csv());
            return;
        }
        ChartFormat chart = parse("format", format);
        FigureSize size = FigureParams.of(ctx);
        ctx.contentType(chart.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + name + "." + chart.extension() + "\"")
                .result(MapRenderer.render(map(code, measure), chart, size));
    }

    private StateMap map(OccupationCode code, MapMeasure measure) {
        return StateMap.of(placesOf.apply(code.value(), PlaceLevel.STATE), measure);
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
