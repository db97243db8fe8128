package org.occucompare.analytics.compare;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.SocCode;

/**
 * One occupation of a report, with whose wages it shows. Immutable and thread-safe.
 *
 * @param code the O*NET code, never null
 * @param title the O*NET title, never null
 * @param wageSoc the SOC occupation whose OEWS figures it shows, or empty without wages; never null
 * @param inheritedWages true if those figures are the SOC group's rather than its own
 */
public record ComparedOccupation(OccupationCode code, String title, Optional<SocCode> wageSoc,
        boolean inheritedWages) {
    /** Rejects null. */
    public ComparedOccupation {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
        requireNonNull(wageSoc, "wageSoc is null");
    }
}
