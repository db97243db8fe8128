package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.BiFunction;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.web.source.DataSources;
import org.occucompare.web.ui.PageRenderer;
import org.occucompare.web.ui.Params;

/** Client/server IO of the occupation page, {@code GET /occupations/{code}?location=…}. */
public final class OccupationPageController {
    private static final int SIMILAR = 8;

    private final PageRenderer renderer;
    private final Frames frames;
    private final DataSources data;
    private final BiFunction<OccupationCode, Integer, List<OccupationSummary>> similar;

    /**
     * Creates the controller.
     *
     * @param renderer the template renderer, never null
     * @param frames the page frames, never null
     * @param data the data the app runs on, never null
     * @param similar the similar occupations of a code, at most n, best first; never null
     */
    public OccupationPageController(PageRenderer renderer, Frames frames, DataSources data,
            BiFunction<OccupationCode, Integer, List<OccupationSummary>> similar) {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.frames = requireNonNull(frames, "frames is null");
        this.data = requireNonNull(data, "data is null");
        this.similar = requireNonNull(similar, "similar is null");
    }

    /**
     * {@code GET /occupations/{code}?location=…}.
     *
     * @param ctx the request, never null
     */
    public void occupation(Context ctx) {
        OccupationCode code = Params.code(ctx);
        Location location = Params.location(ctx);
        Occupation occupation = data.lookup(code.value(), location, false);
        List<Link> links = similar.apply(code, SIMILAR).stream().map(s -> new Link(s.title(),
                CompareLinks.of(List.of(code.value(), s.code().value()), List.of(location.key()), code.value())))
                .toList();
        renderer.page(ctx, "occupation.jte", new OccupationView(frames.frame(occupation.title()), occupation,
                location, links));
    }
}
