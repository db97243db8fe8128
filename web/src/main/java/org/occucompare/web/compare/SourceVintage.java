package org.occucompare.web.compare;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.SourceKind;

/**
 * One data set a comparison rests on, with its vintage: an O*NET release, an OEWS survey month, a projection round,
 * or CareerOneStop. Immutable.
 *
 * @param kind the source, never null
 * @param name the data set's name, such as "O*NET Database", never null
 * @param vintage its vintage, such as "30.1" or "May 2024", never null
 * @param url where it is published, or empty; never null
 * @param citation the attribution or citation its publisher asks for, or empty; never null
 */
public record SourceVintage(SourceKind kind, String name, String vintage, Optional<String> url,
        Optional<String> citation) {
    /** Rejects null. */
    public SourceVintage {
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(vintage, "vintage is null");
        requireNonNull(url, "url is null");
        requireNonNull(citation, "citation is null");
    }

    /**
     * The data set a section's provenance names.
     *
     * @param provenance where a section came from, never null
     * @return its data set, never null
     */
    public static SourceVintage of(Provenance provenance) {
        return new SourceVintage(provenance.source(), provenance.name(), provenance.vintage(), provenance.url(),
                provenance.citation());
    }

    /** The name and vintage, such as "Occupational Employment and Wage Statistics, May 2024"; never null. */
    public String label() {
        return name + ", " + vintage;
    }
}
