package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.function.Supplier;
import org.occucompare.core.OccupationException;
import org.occucompare.web.chart.ChartFormat;
import org.occucompare.web.chart.ChartKind;
import org.occucompare.web.chart.ChartRenderer;
import org.occucompare.web.chart.FigureSize;
import org.occucompare.web.compare.CompareService;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.export.CsvExport;
import org.occucompare.web.export.JsonExport;
import org.occucompare.web.ui.CompareParams;
import org.occucompare.web.ui.Params;

/**
 * Client/server IO of {@code GET /api/compare}, {@code GET /api/compare.csv} and
 * {@code GET /api/charts/{kind}.{format}}: each reads the same query, runs one comparison and writes it out.
 */
public final class CompareApiController {
    private final CompareService compare;
    private final String version;

    /**
     * Creates the controller.
     *
     * @param compare the comparison service, never null
     * @param version the app version, for exports, never null
     */
    public CompareApiController(CompareService compare, String version) {
        this.compare = requireNonNull(compare, "compare is null");
        this.version = requireNonNull(version, "version is null");
    }

    /**
     * The comparison as JSON.
     *
     * @param ctx the request, never null
     */
    public void compare(Context ctx) {
        ctx.json(JsonExport.document(compare.compare(CompareParams.query(ctx, compare::place)), version));
    }

    /**
     * The comparison as CSV, one tidy row per occupation, place and measure, as a download.
     *
     * @param ctx the request, never null
     */
    public void csv(Context ctx) {
        Comparison comparison = compare.compare(CompareParams.query(ctx, compare::place));
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"occucompare-comparison.csv\"")
                .result(CsvExport.toCsv(comparison, version));
    }

    /**
     * A chart of the comparison as PNG, SVG or PDF, at the size of {@code size}, {@code width_mm}, {@code dpi} or
     * {@code scale}.
     *
     * @param ctx the request, never null
     */
    public void chart(Context ctx) {
        ChartKind kind = parse("kind", () -> ChartKind.parse(ctx.pathParam("kind")));
        ChartFormat format = parse("format", () -> ChartFormat.parse(ctx.pathParam("format")));
        FigureSize size = FigureParams.of(ctx);
        Comparison comparison = compare.compare(CompareParams.query(ctx, compare::place));
        byte[] bytes = ChartRenderer.render(comparison, kind, format, size);
        ctx.contentType(format.mediaType())
                .header("Content-Disposition", "inline; filename=\"occucompare-" + kind.id() + "."
                        + format.extension() + "\"")
                .result(bytes);
    }

    private static <T> T parse(String name, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (OccupationException e) {
            throw Params.invalid(name, "is wrong: " + e.getMessage());
        }
    }
}
