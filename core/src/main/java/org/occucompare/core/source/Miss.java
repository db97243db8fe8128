package org.occucompare.core.source;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.OccupationSummary;

/**
 * A key of a {@link Lookup} that gave no occupation, why, and what to try instead. Build one with
 * {@link Suggestions#miss} (the one place suggestions come from) or {@link #unavailable}. Immutable and thread-safe.
 *
 * @param key what was asked for, never null
 * @param kind why nothing came back, never null
 * @param reason one sentence, without a final period, saying what happened, never null or blank
 * @param didYouMean the source's own suggestion (CareerOneStop's {@code DidYouMean}), or empty; never null
 * @param suggestions occupations to try instead, best first, possibly none; never null
 * @param failure the failure of an {@link Kind#UNAVAILABLE} miss; empty for the other kinds; never null
 */
public record Miss(OccupationKey key, Kind kind, String reason, Optional<String> didYouMean,
        List<OccupationSummary> suggestions, Optional<OccupationException> failure) {

    /** Why a key gave no occupation. New kinds may be added. */
    public enum Kind {
        /** The source knows no such occupation. */
        NOT_FOUND,
        /** The key is a SOC code, a group of occupations: the suggestions are the occupations under it. */
        TOO_BROAD,
        /** The source could not answer for this key (the upstream failed and nothing was cached). */
        UNAVAILABLE
    }

    /** Validates and copies: a failure comes with {@link Kind#UNAVAILABLE} and only with it. */
    public Miss {
        requireNonNull(key, "key is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(didYouMean, "didYouMean is null");
        suggestions = List.copyOf(requireNonNull(suggestions, "suggestions is null"));
        requireNonNull(failure, "failure is null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a miss needs a reason");
        }
        if (failure.isPresent() != (kind == Kind.UNAVAILABLE)) {
            throw new IllegalArgumentException("an UNAVAILABLE miss, and only one, carries its failure");
        }
    }

    /**
     * A key the source could not answer for.
     *
     * @param key the key, never null
     * @param failure why, never null
     * @return the miss, never null
     */
    public static Miss unavailable(OccupationKey key, OccupationException failure) {
        requireNonNull(failure, "failure is null");
        return new Miss(key, Kind.UNAVAILABLE, failure.getMessage(), Optional.empty(), List.of(),
                Optional.of(failure));
    }

    /** {@return the key as the user gave it, such as {@code 29-1141.99} or {@code Registerd Nurses}; never null} */
    public String input() {
        return key.toString();
    }

    /**
     * What happened and what to try, for a page, a terminal or an error message, for example {@code No occupation
     * matches "29-1141.99" in the local store. Did you mean 29-1141.00 (Registered Nurses)?}.
     *
     * @return one or two sentences, never null
     */
    public String message() {
        return switch (kind) {
            case NOT_FOUND -> reason + ". " + didYouMean.map(dym -> "Did you mean \"" + dym + "\"?"
                    + (suggestions.isEmpty() ? "" : " Try " + list() + "."))
                    .orElse(suggestions.isEmpty() ? "Search for words of its title instead."
                            : "Did you mean " + list() + "?");
            case TOO_BROAD -> reason + (suggestions.isEmpty() ? "." : ": use one of " + list() + ".");
            case UNAVAILABLE -> reason;
        };
    }

    /**
     * The error to throw for this miss when the caller needs the occupation: {@code NOT_FOUND} for an unknown
     * occupation, {@code INVALID_INPUT} for a SOC code (the user must pick one of its occupations), and the failure
     * itself for an unavailable source.
     *
     * @return the error, never null
     */
    public OccupationException toException() {
        return switch (kind) {
            case NOT_FOUND -> new OccupationMissException(ErrorKind.NOT_FOUND, List.of(this));
            case TOO_BROAD -> new OccupationMissException(ErrorKind.INVALID_INPUT, List.of(this));
            case UNAVAILABLE -> failure.orElseThrow();
        };
    }

    private String list() {
        return suggestions.stream().map(s -> s.code() + " (" + s.title() + ")").collect(Collectors.joining(", "));
    }
}
