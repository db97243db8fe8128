package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A link to a state's labor market information (LMI) office. Immutable and thread-safe.
 *
 * @param title the link text, never null
 * @param url the address as the source gives it, never null
 * @param type the kind of resource as the source names it, never null; may be empty
 * @param stateName the state's name, never null
 */
public record StateLmiLink(String title, String url, String type, String stateName) {
    /** Rejects null. */
    public StateLmiLink {
        requireNonNull(title, "title is null");
        requireNonNull(url, "url is null");
        requireNonNull(type, "type is null");
        requireNonNull(stateName, "stateName is null");
    }
}
