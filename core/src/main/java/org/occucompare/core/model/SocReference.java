package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A SOC occupation, or the OEWS or Employment Projections matrix occupation that a source's figures are for (these
 * follow SOC but sometimes aggregate several codes). Immutable and thread-safe.
 *
 * @param code the SOC code, never null
 * @param title the title as the source gives it, for example {@code Registered Nurses}, never null
 * @param description the SOC definition, or empty when the source gives none; never null
 */
public record SocReference(SocCode code, String title, Optional<String> description) {
    /** Rejects null. */
    public SocReference {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
        requireNonNull(description, "description is null");
    }

    /**
     * A reference without a description.
     *
     * @param code the SOC code, never null
     * @param title the title, never null
     * @return the reference, never null
     */
    public static SocReference of(SocCode code, String title) {
        return new SocReference(code, title, Optional.empty());
    }
}
