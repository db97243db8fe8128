package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An element of the O*NET content model: a skill, knowledge area, ability, interest, work value and so on
 * (O*NET {@code Content Model Reference}; rating files also name their elements).
 *
 * @param elementId the element id, such as {@code 2.A.1.a}
 * @param name the element name
 * @param description the description, when the content model reference was imported
 */
public record ElementRow(String elementId, String name, Optional<String> description) implements StoreRow {
    public ElementRow {
        requireNonNull(elementId, "elementId is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
    }
}
