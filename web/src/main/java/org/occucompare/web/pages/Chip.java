package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One selected occupation or place on the compare page, with the links that change the selection.
 *
 * @param label what it is, such as "Software Developers (15-1252.00)"; never null
 * @param remove the address without it, or empty when it cannot be removed (the minimum is reached); never null
 * @param makeReference the address with it as the reference, or empty (a place, or already the reference); never
 *     null
 * @param reference true for the reference occupation
 */
public record Chip(String label, Optional<String> remove, Optional<String> makeReference, boolean reference) {

    /** Validates. */
    public Chip {
        requireNonNull(label, "label is null");
        requireNonNull(remove, "remove is null");
        requireNonNull(makeReference, "makeReference is null");
    }
}
