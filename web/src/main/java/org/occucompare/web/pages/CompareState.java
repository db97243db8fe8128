package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The selection of a compare page as the URL holds it, and the addresses of its changes: the URL is the state, so
 * every change is a link or a plain GET form. Immutable.
 *
 * @param occupations the codes (or titles) as asked, never null
 * @param locations the place keys, never null
 * @param reference the reference code, never null
 */
public record CompareState(List<String> occupations, List<String> locations, String reference) {
    /** The fewest occupations a comparison keeps when one is removed. */
    public static final int MIN_OCCUPATIONS = 2;

    /** Validates and copies. */
    public CompareState {
        occupations = List.copyOf(requireNonNull(occupations, "occupations is null"));
        locations = List.copyOf(requireNonNull(locations, "locations is null"));
        requireNonNull(reference, "reference is null");
    }

    /** The query string, starting with {@code ?}; never null. */
    public String query() {
        return CompareLinks.query(occupations, locations, reference);
    }

    /** The compare page address, never null. */
    public String href() {
        return CompareLinks.of(occupations, locations, reference);
    }

    /** The address without an occupation, or empty at the minimum; never null. */
    public Optional<String> withoutOccupation(String code) {
        if (occupations.size() <= MIN_OCCUPATIONS) {
            return Optional.empty();
        }
        List<String> rest = new ArrayList<>(occupations);
        rest.remove(code);
        return Optional.of(CompareLinks.of(rest, locations, reference.equals(code) ? rest.get(0) : reference));
    }

    /** The address without a place, or empty for the last one; never null. */
    public Optional<String> withoutLocation(String key) {
        if (locations.size() <= 1) {
            return Optional.empty();
        }
        List<String> rest = new ArrayList<>(locations);
        rest.remove(key);
        return Optional.of(CompareLinks.of(occupations, rest, reference));
    }

    /** The address with another reference, never null. */
    public String withReference(String code) {
        return CompareLinks.of(occupations, locations, code);
    }

    /** The address with one input replaced by another (a suggestion for an unknown input), never null. */
    public String replacing(String input, String code) {
        List<String> changed = new ArrayList<>(occupations);
        changed.replaceAll(o -> o.equals(input) ? code : o);
        return CompareLinks.of(changed, locations, reference.equals(input) ? code : reference);
    }
}
