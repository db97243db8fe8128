package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A code with its title, for example BLS Employment Projections education code {@code 3}, {@code Bachelor's degree}.
 * Immutable and thread-safe.
 *
 * @param code the code as the source gives it, never null
 * @param title its title, never null
 */
public record CodedValue(String code, String title) {
    /** Rejects null. */
    public CodedValue {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
    }
}
