package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.occucompare.analytics.plugin.MetricRegistry;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.ui.Params;

/** Client/server IO of {@code GET /api/similar/{code}}, {@code GET /api/metrics} and {@code GET /api/plugins}. */
public final class AnalysisApiController {
    /** The most similar occupations one request returns. */
    public static final int MAX_SIMILAR = 50;

    private final AnalysisServices analysis;
    private final MetricRegistry registry;

    /**
     * Creates the controller.
     *
     * @param analysis the analytics of the app: the stored dataset and its similarity index, never null
     */
    public AnalysisApiController(AnalysisServices analysis) {
        this.analysis = requireNonNull(analysis, "analysis is null");
        this.registry = analysis.registry();
    }

    /**
     * The most similar occupations of the stored dataset; {@code limit} is 1 to 50 (default 10). A code the dataset
     * does not hold is a 404 with suggestions.
     *
     * @param ctx the request, never null
     */
    public void similar(Context ctx) {
        OccupationCode code = Params.code(ctx);
        int limit = Params.limit(ctx, "limit", 10, MAX_SIMILAR);
        analysis.occupation(new OccupationKey.Code(code));
        ctx.json(new SimilarResponse(code, analysis.similar(code, limit)));
    }

    /**
     * Every metric a comparison evaluates.
     *
     * @param ctx the request, never null
     */
    public void metrics(Context ctx) {
        ctx.json(MetricsResponse.of(registry.metrics()));
    }

    /**
     * The plugins loaded and refused, with reasons.
     *
     * @param ctx the request, never null
     */
    public void plugins(Context ctx) {
        ctx.json(new PluginsResponse(registry.loaded(), registry.rejected()));
    }
}
