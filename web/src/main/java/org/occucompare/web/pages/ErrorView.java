package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.web.compare.UnknownOccupation;
import org.occucompare.web.ui.Frame;

/**
 * An error page.
 *
 * @param frame the page frame, never null
 * @param status the HTTP status
 * @param code the machine-readable code, never null
 * @param message the sentence for people, saying what to do next; never null
 * @param unknown the occupations that matched nothing, whose suggestions the page links to; never null
 */
public record ErrorView(Frame frame, int status, String code, String message, List<UnknownOccupation> unknown) {

    /** Validates and copies. */
    public ErrorView {
        requireNonNull(frame, "frame is null");
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
        unknown = List.copyOf(requireNonNull(unknown, "unknown is null"));
    }

    /** The heading for the status, never null. */
    public String heading() {
        return switch (status) {
            case 400 -> "That request has a bad parameter";
            case 404 -> "Not found";
            case 503 -> "The data source is unavailable";
            default -> status >= 500 ? "Something went wrong" : "The request failed";
        };
    }
}
