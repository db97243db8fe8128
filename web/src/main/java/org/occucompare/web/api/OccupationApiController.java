package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.occucompare.core.model.Location;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.web.ui.Params;

/** Client/server IO of {@code GET /api/occupations?q=…} and {@code GET /api/occupations/{code}?location=…}. */
public final class OccupationApiController {
    /** The most search results one request returns. */
    public static final int MAX_RESULTS = 50;

    private final OccupationSource occupations;

    /**
     * Creates the controller.
     *
     * @param occupations where occupations come from, never null
     */
    public OccupationApiController(OccupationSource occupations) {
        this.occupations = requireNonNull(occupations, "occupations is null");
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
     * One occupation at a place (the nation by default), as the normalized model, with the sections of
     * {@code ?sections=} (the configured ones by default); an unknown code is a 404 that lists suggestions.
     *
     * @param ctx the request, never null
     */
    public void occupation(Context ctx) {
        OccupationKey key = new OccupationKey.Code(Params.code(ctx));
        Location location = Params.location(ctx);
        ctx.json(Params.sections(ctx).map(sections -> occupations.fetch(key, location, sections, Freshness.CACHED))
                .orElseGet(() -> occupations.fetch(key, location, Freshness.CACHED)).require(key));
    }
}
