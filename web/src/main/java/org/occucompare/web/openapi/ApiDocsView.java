package org.occucompare.web.openapi;

import static java.util.Objects.requireNonNull;

import org.occucompare.web.ui.Frame;

/**
 * The API docs page.
 *
 * @param frame the page frame, never null
 * @param document the OpenAPI document, never null
 */
public record ApiDocsView(Frame frame, OpenApiDocument document) {

    /** Validates. */
    public ApiDocsView {
        requireNonNull(frame, "frame is null");
        requireNonNull(document, "document is null");
    }
}
