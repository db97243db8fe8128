package org.occucompare.web.error;

import java.util.List;
import org.occucompare.web.compare.UnknownOccupation;

/**
 * Renders the HTML page of a failed page request (not {@code /api}), so that errors are pages, not stack traces.
 * {@link ErrorMapping} and {@link ServerErrorHandler} call it; the web UI implements it. Implementations must escape
 * the message.
 */
@FunctionalInterface
public interface ErrorPage {
    /**
     * The page of a failure.
     *
     * @param status the HTTP status, such as 404
     * @param code the machine-readable code, such as {@code NOT_FOUND}; never null
     * @param message the sentence for people, saying what to do next; never null
     * @return the whole HTML document, never null
     */
    String render(int status, String code, String message);

    /**
     * The page of a failure about occupations that matched nothing, which can link their suggestions; by default the
     * page of {@link #render(int, String, String)}.
     *
     * @param status the HTTP status, such as 404
     * @param code the machine-readable code, such as {@code NOT_FOUND}; never null
     * @param message the sentence for people, saying what to do next; never null
     * @param unknown the occupations that matched nothing, with suggestions; often empty; never null
     * @return the whole HTML document, never null
     */
    default String render(int status, String code, String message, List<UnknownOccupation> unknown) {
        return render(status, code, message);
    }
}
