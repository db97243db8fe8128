package org.occucompare.web.store;

import java.util.Optional;

/**
 * A rating joined with its element's name and description, as the store reads it.
 *
 * @param domain the rating domain
 * @param code the O*NET-SOC code
 * @param elementId the element id
 * @param name the element name
 * @param description the element description, when known
 * @param scaleId the scale id
 * @param dataValue the rating
 */
public record StoredRating(String domain, String code, String elementId, String name, Optional<String> description,
        String scaleId, double dataValue) {
}
