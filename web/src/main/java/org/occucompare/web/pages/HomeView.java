package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.web.ui.Frame;

/**
 * The home page: the search box and a few example comparisons.
 *
 * @param frame the page frame, never null
 * @param examples links to example comparisons, never null
 */
public record HomeView(Frame frame, List<Link> examples) {

    /** Validates and copies. */
    public HomeView {
        requireNonNull(frame, "frame is null");
        examples = List.copyOf(requireNonNull(examples, "examples is null"));
    }
}
