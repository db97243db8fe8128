package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.source.DataSources;
import org.occucompare.web.ui.Params;

/** Client/server IO of {@code GET /api/occupations?q=…} and {@code GET /api/occupations/{code}?location=…}. */
public final class OccupationApiController {
    /** The most search results one request returns. */
    public static final int MAX_RESULTS = 50;

    private final DataSources data;

    /**
     * Creates the controller.
     *
     * @param data the data the app runs on, never null
     */
    public OccupationApiController(DataSources data) {
        this.data = requireNonNull(data, "data is null");
    }

    /**
     * Searches titles, alternate titles and codes; {@code limit} is 1 to 50 (default 10).
     *
     * @param ctx the request, never null
     */
    public void search(Context ctx) {
        String query = Params.query(ctx);
        int limit = Params.limit(ctx, "limit", 10, MAX_RESULTS);
        ctx.json(new SearchResponse(query, data.occupations().search(query, limit)));
    }

    /**
     * One occupation at a place (the nation by default), as the normalized model.
     *
     * @param ctx the request, never null
     */
    public void occupation(Context ctx) {
        OccupationCode code = Params.code(ctx);
        Location location = Params.location(ctx);
        ctx.json(data.lookup(code.value(), location, false));
    }
}
