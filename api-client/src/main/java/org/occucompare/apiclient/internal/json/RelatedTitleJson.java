package org.occucompare.apiclient.internal.json;

import static java.util.Objects.requireNonNull;

/** One related O*NET occupation, whichever of the two JSON forms it came in. */
public record RelatedTitleJson(String code, String title) {
    /** Creates a related title; both parts are required. */
    public RelatedTitleJson {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
    }
}
