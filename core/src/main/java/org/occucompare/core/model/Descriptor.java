package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;
import org.occucompare.core.OccupationException;

/**
 * One O*NET skill, knowledge area or ability of an occupation, with its ratings. An absent rating means the source did
 * not rate it; it is never 0. Immutable and thread-safe.
 *
 * @param kind skill, knowledge or ability, never null
 * @param elementId the O*NET content-model element id, for example {@code 2.A.2.a}, never null
 * @param name the element name, for example {@code Critical Thinking}, never null
 * @param description the element description, never null; may be empty
 * @param importance how important it is, on O*NET's 1–5 importance scale, or empty; never null
 * @param level how much of it is needed, on O*NET's 0–7 level scale, or empty; never null
 */
public record Descriptor(DescriptorKind kind, String elementId, String name, String description,
        OptionalDouble importance, OptionalDouble level) {

    /** Validates the ratings; throws {@link org.occucompare.core.OccupationException} for one off its scale. */
    public Descriptor {
        requireNonNull(kind, "kind is null");
        requireNonNull(elementId, "elementId is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        Checks.range(importance, "importance of " + elementId, 1, 5);
        Checks.range(level, "level of " + elementId, 0, 7);
    }

    /** {@return true if the source gave an importance or a level} */
    public boolean isRated() {
        return importance.isPresent() || level.isPresent();
    }

    /** Copies a list, rejecting descriptors of another kind with a message that names the list. */
    static List<Descriptor> copyOfKind(List<Descriptor> descriptors, DescriptorKind kind, String listName) {
        List<Descriptor> copy = List.copyOf(requireNonNull(descriptors, listName + " is null"));
        for (Descriptor d : copy) {
            if (d.kind() != kind) {
                throw OccupationException.invalidInput(listName + " holds a " + d.kind() + " descriptor ("
                        + d.elementId() + " " + d.name() + "): put each descriptor in the list of its kind.");
            }
        }
        return copy;
    }
}
