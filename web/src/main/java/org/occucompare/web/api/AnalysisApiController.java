package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;
import org.occucompare.analytics.plugin.MetricRegistry;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.source.DataSources;
import org.occucompare.web.ui.Params;

/** Client/server IO of {@code GET /api/similar/{code}}, {@code GET /api/metrics} and {@code GET /api/plugins}. */
public final class AnalysisApiController {
    /** The most similar occupations one request returns. */
    public static final int MAX_SIMILAR = 50;

    private final DataSources data;
    private final MetricRegistry registry;
    private final Supplier<SimilarityIndex> index;

    /**
     * Creates the controller.
     *
     * @param data the data the app runs on, for "did you mean" on unknown codes; never null
     * @param registry the metrics loaded at startup, never null
     * @param index the similarity index of the dataset, never null
     */
    public AnalysisApiController(DataSources data, MetricRegistry registry, Supplier<SimilarityIndex> index) {
        this.data = requireNonNull(data, "data is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.index = requireNonNull(index, "index is null");
    }

    /**
     * The most similar occupations; {@code limit} is 1 to 50 (default 10). An unknown code is a 404 with
     * suggestions.
     *
     * @param ctx the request, never null
     */
    public void similar(Context ctx) {
        OccupationCode code = Params.code(ctx);
        int limit = Params.limit(ctx, "limit", 10, MAX_SIMILAR);
        SimilarityIndex similarity = index.get();
        if (!similarity.contains(code)) {
            data.lookup(code.value(), Location.NATIONAL, false); // throws NOT_FOUND with "did you mean"
        }
        ctx.json(new SimilarResponse(code, similarity.contains(code) ? similarity.similar(code, limit)
                : List.of()));
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
