package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.List;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.web.ui.PageRenderer;
import org.occucompare.web.ui.Params;

/** Client/server IO of the home page ({@code GET /}) and the search results page ({@code GET /search?q=…}). */
public final class HomeController {
    private static final int RESULTS = 25;
    private static final List<Link> EXAMPLES = List.of(
            new Link("Software developers and computer systems analysts, nationwide and in California",
                    CompareLinks.of(List.of("15-1252.00", "15-1211.00"), List.of("US", "CA"), "15-1252.00")),
            new Link("Registered nurses, nurse practitioners and licensed practical nurses in Texas",
                    CompareLinks.of(List.of("29-1141.00", "29-1171.00", "29-2061.00"), List.of("TX"), "29-1141.00")),
            new Link("Electricians and HVAC mechanics in New York and Florida",
                    CompareLinks.of(List.of("47-2111.00", "49-9021.00"), List.of("NY", "FL"), "47-2111.00")),
            new Link("Chief executives and financial managers (top-coded wages)",
                    CompareLinks.of(List.of("11-1011.00", "11-3031.00"), List.of("US"), "11-1011.00")));

    private final PageRenderer renderer;
    private final Frames frames;
    private final OccupationSource occupations;

    /**
     * Creates the controller.
     *
     * @param renderer the template renderer, never null
     * @param frames the page frames, never null
     * @param occupations where occupations come from, for the search, never null
     */
    public HomeController(PageRenderer renderer, Frames frames, OccupationSource occupations) {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.frames = requireNonNull(frames, "frames is null");
        this.occupations = requireNonNull(occupations, "occupations is null");
    }

    /**
     * {@code GET /}.
     *
     * @param ctx the request, never null
     */
    public void home(Context ctx) {
        renderer.page(ctx, "home.jte", new HomeView(frames.frame("OccuCompare"), EXAMPLES));
    }

    /**
     * {@code GET /search?q=…}: the plain-form fallback of the autocomplete.
     *
     * @param ctx the request, never null
     */
    public void search(Context ctx) {
        String query = Params.query(ctx);
        renderer.page(ctx, "search.jte", new SearchView(frames.frame("Search: " + query), query,
                occupations.search(query, RESULTS)));
    }
}
