package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.model.Location;
import org.occucompare.web.cache.FreshnessPolicy;
import org.occucompare.web.cache.Rendered;
import org.occucompare.web.cache.ResponseCache;
import org.occucompare.web.cache.ResponseCache.Policy;
import org.occucompare.web.compare.CompareQuery;
import org.occucompare.web.compare.CompareService;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.ui.CompareParams;
import org.occucompare.web.ui.PageRenderer;
import org.occucompare.web.ui.Params;

/**
 * Client/server IO of the compare page, {@code GET /compare?occupations=…&locations=…&reference=…}. The plain GET
 * forms of the page add an occupation ({@code add}) or a place ({@code addLocation}); such a request is redirected to
 * the address of the new selection, so the URL stays the whole state. Each page is rendered once per dataset
 * version and kept in the {@link ResponseCache}.
 */
public final class ComparePageController {
    private final PageRenderer renderer;
    private final Frames frames;
    private final CompareService compare;
    private final ResponseCache cache;
    private final FreshnessPolicy freshness;

    /**
     * Creates the controller.
     *
     * @param renderer the template renderer, never null
     * @param frames the page frames, never null
     * @param compare the comparison service, never null
     * @param cache where rendered pages are kept, never null
     * @param freshness the freshness rules of the data compared, never null
     */
    public ComparePageController(PageRenderer renderer, Frames frames, CompareService compare, ResponseCache cache,
            FreshnessPolicy freshness) {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.frames = requireNonNull(frames, "frames is null");
        this.compare = requireNonNull(compare, "compare is null");
        this.cache = requireNonNull(cache, "cache is null");
        this.freshness = requireNonNull(freshness, "freshness is null");
    }

    /**
     * {@code GET /compare}.
     *
     * @param ctx the request, never null
     */
    public void compare(Context ctx) {
        Optional<String> add = nonBlank(ctx.queryParam("add"));
        Optional<String> addLocation = nonBlank(ctx.queryParam("addLocation"));
        if (add.isPresent() || addLocation.isPresent()) {
            ctx.redirect(changed(ctx, add, addLocation));
            return;
        }
        cache.answer(ctx, Policy.REVALIDATE, () -> {
            CompareQuery query = CompareParams.query(ctx, compare::place);
            Comparison comparison = compare.compare(query);
            CompareState state = new CompareState(query.occupations(),
                    query.locations().stream().map(Location::key).toList(), comparison.report().reference().value());
            String title = "Compare " + String.join(", ", comparison.occupations().stream().map(o -> o.title())
                    .toList());
            String html = renderer.render("compare.jte", Map.of("view", new ComparePageView(frames.frame(title),
                    comparison, state, compare.areas())));
            return new Rendered(html.getBytes(StandardCharsets.UTF_8), PageRenderer.HTML, Map.of(),
                    freshness.of(comparison));
        });
    }

    private String changed(Context ctx, Optional<String> add, Optional<String> addLocation) {
        List<String> occupations = new ArrayList<>(Params.list(ctx.queryParam("occupations")));
        List<String> locations = new ArrayList<>(Params.places(ctx.queryParam("locations")));
        add.filter(a -> !occupations.contains(a)).ifPresent(occupations::add);
        addLocation.map(l -> Params.location("addLocation", l, compare::place).key())
                .filter(l -> !locations.contains(l)).ifPresent(locations::add);
        if (locations.isEmpty()) {
            locations.add(Location.NATIONAL.key());
        }
        String reference = nonBlank(ctx.queryParam("reference")).orElse(occupations.isEmpty() ? ""
                : occupations.get(0));
        return CompareLinks.of(occupations, locations, reference);
    }

    private static Optional<String> nonBlank(@Nullable String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
