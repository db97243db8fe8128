package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;

/**
 * One wage figure in U.S. dollars (per year or per hour, as its {@link WageEstimate} says): an exact {@link Figure},
 * a {@link TopCoded} lower bound, or a {@link Missing} figure with its reason. Implementations are immutable and
 * thread-safe.
 */
public sealed interface WageAmount permits WageAmount.Figure, WageAmount.TopCoded, WageAmount.Missing {

    /** OEWS's annual top code since May 2024: {@code #} means at least $239,200 per year. */
    double OEWS_TOP_CODE_ANNUAL_USD = 239_200.0;

    /** OEWS's hourly top code since May 2024: {@code #} means at least $115.00 per hour. */
    double OEWS_TOP_CODE_HOURLY_USD = 115.0;

    /** {@return the exact figure in dollars; empty unless this is a {@link Figure}. Never null} */
    default OptionalDouble value() {
        return this instanceof Figure figure ? OptionalDouble.of(figure.usd()) : OptionalDouble.empty();
    }

    /**
     * {@return the figure, or the least the true value can be for a {@link TopCoded} one; empty if missing; never
     * null}
     */
    default OptionalDouble lowerBound() {
        return this instanceof TopCoded topCoded ? OptionalDouble.of(topCoded.atLeastUsd()) : value();
    }

    /** {@return true if only a lower bound is known} */
    default boolean isTopCoded() {
        return this instanceof TopCoded;
    }

    /** {@return true if there is no figure at all} */
    default boolean isMissing() {
        return this instanceof Missing;
    }

    /** {@return why the figure is missing; empty unless this is {@link Missing}. Never null} */
    default Optional<MissingReason> missingReason() {
        return this instanceof Missing missing ? Optional.of(missing.reason()) : Optional.empty();
    }

    /**
     * An exact figure.
     *
     * @param usd dollars, finite and above 0
     * @return the figure, never null
     * @throws OccupationException {@code INVALID_INPUT} if {@code usd} is not finite or not above 0
     */
    static WageAmount of(double usd) {
        return new Figure(usd);
    }

    /**
     * A top-coded figure: the true value is at least {@code atLeastUsd}.
     *
     * @param atLeastUsd dollars, finite and above 0
     * @return the figure, never null
     * @throws OccupationException {@code INVALID_INPUT} if {@code atLeastUsd} is not finite or not above 0
     */
    static WageAmount topCoded(double atLeastUsd) {
        return new TopCoded(atLeastUsd);
    }

    /**
     * A missing figure.
     *
     * @param reason why it is missing, never null
     * @return the missing figure, never null
     */
    static WageAmount missing(MissingReason reason) {
        return new Missing(reason);
    }

    /**
     * Reads a wage as OEWS and CareerOneStop write it. {@code null}, blank, {@code N/A}, {@code NA}, {@code -},
     * {@code —} and {@code *} are {@link MissingReason#NOT_AVAILABLE}; {@code **} is
     * {@link MissingReason#SUPPRESSED}; {@code #} is top-coded at the OEWS top code for the rate type;
     * {@code 239,200+} or {@code 208,000+} is top-coded at that number, except that the hourly {@code 100+} is
     * top-coded at $115.00, as CareerOneStop documents its label; {@code 93600}, {@code 93,600}
     * and {@code $1,234.50} are figures. Surrounding white space is ignored.
     *
     * @param raw the text, or null
     * @param rateType whether the text is annual or hourly (picks the {@code #} top code), never null
     * @return the amount, never null
     * @throws OccupationException {@code INVALID_INPUT} for 0, a negative number or any other text (quoted, cut to 40
     *     characters)
     */
    static WageAmount parse(@Nullable String raw, RateType rateType) {
        return WageParser.parse(raw, rateType);
    }

    /**
     * An exact figure.
     *
     * @param usd dollars, finite and above 0
     */
    record Figure(double usd) implements WageAmount {
        /** Validates {@code usd}; throws {@link OccupationException} ({@code INVALID_INPUT}) otherwise. */
        public Figure {
            WageParser.requirePositive(usd, "wage");
        }
    }

    /**
     * A top-coded figure: the true value is at least {@code atLeastUsd} dollars.
     *
     * @param atLeastUsd dollars, finite and above 0
     */
    record TopCoded(double atLeastUsd) implements WageAmount {
        /** Validates {@code atLeastUsd}; throws {@link OccupationException} ({@code INVALID_INPUT}) otherwise. */
        public TopCoded {
            WageParser.requirePositive(atLeastUsd, "top-coded wage");
        }
    }

    /**
     * A missing figure.
     *
     * @param reason why it is missing, never null
     */
    record Missing(MissingReason reason) implements WageAmount {
        /** Rejects null. */
        public Missing {
            requireNonNull(reason, "reason is null");
        }
    }
}
