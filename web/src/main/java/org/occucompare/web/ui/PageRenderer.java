package org.occucompare.web.ui;

import static java.util.Objects.requireNonNull;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the JTE templates of {@code src/main/jte}, precompiled to classes by the build, so no compiler is needed at
 * run time. Output is HTML with every {@code ${…}} escaped for its context (text, attribute, URL). Thread-safe.
 */
public final class PageRenderer {
    /** The media type of every page. */
    public static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Creates the renderer over the precompiled templates. */
    public PageRenderer() {
    }

    /**
     * Renders a template to a string.
     *
     * @param template the template name, such as {@code "home.jte"}, never null
     * @param params its parameters by name, never null
     * @return the HTML, never null
     */
    public String render(String template, Map<String, Object> params) {
        requireNonNull(template, "template is null");
        requireNonNull(params, "params is null");
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        return output.toString();
    }

    /**
     * Renders a template whose one parameter is {@code view} as the HTML response of a request.
     *
     * @param ctx the request, never null
     * @param template the template name, never null
     * @param view the view model, never null
     */
    public void page(Context ctx, String template, Object view) {
        ctx.contentType(HTML).result(render(template, Map.of("view", requireNonNull(view, "view is null"))));
    }
}
