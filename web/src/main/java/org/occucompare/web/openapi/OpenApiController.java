package org.occucompare.web.openapi;

import static java.util.Objects.requireNonNull;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.function.Function;
import org.occucompare.web.ui.Frame;
import org.occucompare.web.ui.PageRenderer;

/** Client/server IO of {@code GET /api/openapi.json} and the docs page {@code GET /api/docs}. */
public final class OpenApiController {
    private final OpenApiDocument document;
    private final PageRenderer renderer;
    private final Function<String, Frame> frames;

    /**
     * Creates the controller.
     *
     * @param document the OpenAPI document, never null
     * @param renderer the template renderer, never null
     * @param frames the frame of a page by title, never null
     */
    public OpenApiController(OpenApiDocument document, PageRenderer renderer, Function<String, Frame> frames) {
        this.document = requireNonNull(document, "document is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.frames = requireNonNull(frames, "frames is null");
    }

    /**
     * The OpenAPI document as JSON.
     *
     * @param ctx the request, never null
     */
    public void openApi(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(document.json());
    }

    /**
     * The docs page, rendered from the document.
     *
     * @param ctx the request, never null
     */
    public void docs(Context ctx) {
        renderer.page(ctx, "apidocs.jte", new ApiDocsView(frames.apply("API"), document));
    }
}
