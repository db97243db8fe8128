package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.occucompare.web.compare.UnknownOccupation;
import org.occucompare.web.error.ErrorPage;
import org.occucompare.web.ui.PageRenderer;

/** The HTML error pages that {@code ErrorMapping} shows for failed page requests. Thread-safe. */
public final class ErrorPages implements ErrorPage {
    private final PageRenderer renderer;
    private final Frames frames;

    /**
     * Creates the pages.
     *
     * @param renderer the template renderer, never null
     * @param frames the page frames, never null
     */
    public ErrorPages(PageRenderer renderer, Frames frames) {
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.frames = requireNonNull(frames, "frames is null");
    }

    @Override
    public String render(int status, String code, String message) {
        return render(status, code, message, List.of());
    }

    @Override
    public String render(int status, String code, String message, List<UnknownOccupation> unknown) {
        ErrorView view = new ErrorView(frames.frame("Error " + status), status, code, message, unknown);
        return renderer.render("error.jte", Map.of("view", view));
    }
}
