package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.web.cache.FreshnessPolicy;
import org.occucompare.web.cache.Rendered;
import org.occucompare.web.cache.ResponseCache;
import org.occucompare.web.cache.ResponseCache.Policy;
import org.occucompare.web.chart.ChartFormat;
import org.occucompare.web.chart.ChartKind;
import org.occucompare.web.chart.ChartRenderer;
import org.occucompare.web.chart.FigureSize;
import org.occucompare.web.compare.CompareQuery;
import org.occucompare.web.compare.CompareService;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.export.CsvExport;
import org.occucompare.web.export.JsonExport;
import org.occucompare.web.ui.CompareParams;
import org.occucompare.web.ui.Params;

/**
 * Client/server IO of {@code GET /api/compare}, {@code GET /api/compare.csv} and
 * {@code GET /api/charts/{kind}.{format}}: each reads the same query, runs one comparison and writes it out, once
 * per dataset version: the {@link ResponseCache} keeps what it wrote. A profile chart (industries, attainment,
 * interests) draws 1 to 10 occupations' own figures instead, and also answers its table as {@code .csv}.
 */
public final class CompareApiController {
    private final CompareService compare;
    private final String version;
    private final ResponseCache cache;
    private final FreshnessPolicy freshness;

    /**
     * Creates the controller.
     *
     * @param compare the comparison service, never null
     * @param version the app version, for exports, never null
     * @param cache where rendered answers are kept, never null
     * @param freshness the freshness rules of the data compared, never null
     */
    public CompareApiController(CompareService compare, String version, ResponseCache cache,
            FreshnessPolicy freshness) {
        this.compare = requireNonNull(compare, "compare is null");
        this.version = requireNonNull(version, "version is null");
        this.cache = requireNonNull(cache, "cache is null");
        this.freshness = requireNonNull(freshness, "freshness is null");
    }

    /**
     * The comparison as JSON.
     *
     * @param ctx the request, never null
     */
    public void compare(Context ctx) {
        cache.answer(ctx, Policy.REVALIDATE, () -> {
            Comparison comparison = compare.compare(CompareParams.query(ctx, compare::place));
            JsonExport.Document document = JsonExport.document(comparison, version);
            byte[] json = ctx.jsonMapper().toJsonString(document, JsonExport.Document.class)
                    .getBytes(StandardCharsets.UTF_8);
            return new Rendered(json, "application/json", Map.of(), freshness.of(comparison));
        });
    }

    /**
     * The comparison as CSV, one tidy row per occupation, place and measure, as a download.
     *
     * @param ctx the request, never null
     */
    public void csv(Context ctx) {
        cache.answer(ctx, Policy.FILE, () -> {
            Comparison comparison = compare.compare(CompareParams.query(ctx, compare::place));
            return new Rendered(CsvExport.toCsv(comparison, version).getBytes(StandardCharsets.UTF_8),
                    "text/csv; charset=utf-8",
                    Map.of("Content-Disposition", "attachment; filename=\"occucompare-comparison.csv\""),
                    freshness.of(comparison));
        });
    }

    /**
     * A chart of the comparison as PNG, SVG or PDF, at the size of {@code size}, {@code width_mm}, {@code dpi} or
     * {@code scale}.
     *
     * @param ctx the request, never null
     */
    public void chart(Context ctx) {
        cache.answer(ctx, Policy.FILE, () -> {
            ChartKind kind = parse("kind", () -> ChartKind.parse(ctx.pathParam("kind")));
            if (kind.profileSection().isPresent()) {
                return profile(ctx, kind);
            }
            ChartFormat format = parse("format", () -> ChartFormat.parse(ctx.pathParam("format")));
            FigureSize size = FigureParams.of(ctx);
            Comparison comparison = compare.compare(CompareParams.query(ctx, compare::place));
            return new Rendered(ChartRenderer.render(comparison, kind, format, size), format.mediaType(),
                    Map.of("Content-Disposition", "inline; filename=\"occucompare-" + kind.id() + "."
                            + format.extension() + "\""), freshness.of(comparison));
        });
    }

    /**
     * A profile chart (industries, attainment, interests) of 1 to 10 occupations, whatever the places (its figures
     * are national), as PNG, SVG or PDF, or its table as CSV.
     */
    private Rendered profile(Context ctx, ChartKind kind) {
        String extension = ctx.pathParam("format").strip().toLowerCase(Locale.ROOT);
        Optional<ChartFormat> format = extension.equals("csv") ? Optional.empty()
                : Optional.of(parse("format", () -> ChartFormat.parse(extension)));
        Optional<FigureSize> size = format.map(f -> FigureParams.of(ctx));
        List<String> occupations = Params.list(ctx.queryParam("occupations"));
        if (occupations.isEmpty() || occupations.size() > CompareQuery.MAX_OCCUPATIONS) {
            throw Params.invalid("occupations", (occupations.isEmpty() ? "is missing" : "names "
                    + occupations.size() + " occupations") + ": the " + kind.id() + " chart draws 1 to "
                    + CompareQuery.MAX_OCCUPATIONS + ", such as occupations=29-1141.00,15-1252.00.");
        }
        List<Occupation> found = compare.profiles(occupations, kind.profileSection().orElseThrow());
        String name = "occucompare-" + kind.id();
        if (format.isEmpty()) {
            return new Rendered(ChartRenderer.table(found, kind).csv().getBytes(StandardCharsets.UTF_8),
                    "text/csv; charset=utf-8", Map.of("Content-Disposition", "attachment; filename=\"" + name
                            + ".csv\""), freshness.of(found));
        }
        return new Rendered(ChartRenderer.render(found, kind, format.get(), size.orElseThrow()),
                format.get().mediaType(),
                Map.of("Content-Disposition", "inline; filename=\"" + name + "." + format.get().extension() + "\""),
                freshness.of(found));
    }

    private static <T> T parse(String name, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (OccupationException e) {
            throw Params.invalid(name, "is wrong: " + e.getMessage());
        }
    }
}
