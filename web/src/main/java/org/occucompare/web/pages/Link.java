package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

/**
 * A link for a page: its text and its address.
 *
 * @param label the visible text, never null
 * @param href the address, never null
 */
public record Link(String label, String href) {

    /** Validates. */
    public Link {
        requireNonNull(label, "label is null");
        requireNonNull(href, "href is null");
    }
}
