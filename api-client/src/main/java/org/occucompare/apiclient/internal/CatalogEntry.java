package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

/**
 * One O*NET-SOC occupation of the bundled list.
 *
 * @param code the O*NET-SOC code, such as {@code 29-1141.00}
 * @param title the O*NET title, such as {@code Registered Nurses}
 */
public record CatalogEntry(String code, String title) {
    /** Validates. */
    public CatalogEntry {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
    }
}
