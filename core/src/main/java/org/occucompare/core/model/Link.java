package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A titled link, for example to the BLS Occupational Outlook Handbook. Immutable and thread-safe.
 *
 * @param title the link text, never null
 * @param url the address as the source gives it, never null
 */
public record Link(String title, String url) {
    /** Rejects null. */
    public Link {
        requireNonNull(title, "title is null");
        requireNonNull(url, "url is null");
    }
}
