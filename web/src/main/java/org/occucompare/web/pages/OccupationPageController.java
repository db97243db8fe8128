package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.List;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.web.analysis.AnalysisServices;
import org.occucompare.web.ui.PageRenderer;
import org.occucompare.web.ui.Params;

/** Client/server IO of the occupation page, {@code GET /occupations/{code}?location=…}. */
public final class OccupationPageController {
    private static final int SIMILAR = 8;

    private final PageRenderer renderer;
    private final Frames frames;
    private final OccupationSource occupations;
    private final AnalysisServices analysis;

    /**
     * Creates the controller.
     *
     * @param renderer the template renderer, never null
     * @param frames the page frames, never null
     * @param occupations where occupations come from, never null
     * @param analysis the analytics, for the similar occupations; never null
     */
    public OccupationPageController(PageRenderer renderer, Frames frames, OccupationSource occupations,
            AnalysisServices analysis) {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.frames = requireNonNull(frames, "frames is null");
        this.occupations = requireNonNull(occupations, "occupations is null");
        this.analysis = requireNonNull(analysis, "analysis is null");
    }

    /**
     * {@code GET /occupations/{code}?location=…&sections=…} (every configured section when {@code sections} is
     * absent).
     *
     * @param ctx the request, never null
     */
    public void occupation(Context ctx) {
        OccupationCode code = Params.code(ctx);
        Location location = Params.location(ctx);
        OccupationKey key = new OccupationKey.Code(code);
        Occupation occupation = Params.sections(ctx)
                .map(sections -> occupations.fetch(key, location, sections, Freshness.CACHED))
                .orElseGet(() -> occupations.fetch(key, location, Freshness.CACHED)).require(key);
        List<Link> links = analysis.similar(code, SIMILAR).stream().map(s -> new Link(s.title(),
                CompareLinks.of(List.of(code.value(), s.code().value()), List.of(location.key()), code.value())))
                .toList();
        renderer.page(ctx, "occupation.jte", new OccupationView(frames.frame(occupation.title()), occupation,
                location, links));
    }
}
