package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A CareerOneStop career video. Immutable and thread-safe.
 *
 * @param code the video code, never null
 * @param title the video title, never null
 * @param type the video type as the source names it, never null; may be empty
 * @param url where to watch it, or empty; never null
 */
public record CareerVideo(String code, String title, String type, Optional<String> url) {
    /** Rejects null. */
    public CareerVideo {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
        requireNonNull(type, "type is null");
        requireNonNull(url, "url is null");
    }
}
