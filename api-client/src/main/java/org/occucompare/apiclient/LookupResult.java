package org.occucompare.apiclient;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationSummary;

/**
 * What a lookup found: the occupation, or the reasons there is none with what to try instead. A bare SOC code is
 * answered with the O*NET codes under it; an upstream 404 with CareerOneStop's {@code DidYouMean} and similar titles
 * from the bundled O*NET list. Immutable and thread-safe.
 *
 * @param occupation the occupation, or empty when none was found; never null
 * @param didYouMean CareerOneStop's own suggestion, when it gave one; never null
 * @param suggestions occupations to try instead, best first; empty when found; never null
 * @param explanation one sentence on why nothing was found and what to try; empty when found; never null
 */
public record LookupResult(Optional<Occupation> occupation, Optional<String> didYouMean,
        List<OccupationSummary> suggestions, String explanation) {

    /** Validates and copies. */
    public LookupResult {
        requireNonNull(occupation, "occupation is null");
        requireNonNull(didYouMean, "didYouMean is null");
        suggestions = List.copyOf(requireNonNull(suggestions, "suggestions is null"));
        requireNonNull(explanation, "explanation is null");
    }

    /** A result with an occupation. */
    public static LookupResult found(Occupation occupation) {
        return new LookupResult(Optional.of(occupation), occupation.retrieval().didYouMean(), List.of(), "");
    }

    /** Whether an occupation was found. */
    public boolean isFound() {
        return occupation.isPresent();
    }

    /**
     * The occupation, or a {@code NOT_FOUND} error carrying {@link #explanation()}.
     *
     * @return the occupation, never null
     * @throws OccupationException {@code NOT_FOUND} when none was found
     */
    public Occupation orElseThrow() {
        return occupation.orElseThrow(() -> OccupationException.notFound(explanation));
    }
}
