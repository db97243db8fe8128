package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;

/**
 * A Standard Occupational Classification (SOC 2018) code of the form {@code NN-NNNN}, for example {@code 29-1141}.
 * OEWS wages and BLS projections are published per SOC code. Ordered by its text. Immutable and thread-safe.
 *
 * @param value the code exactly in the form {@code NN-NNNN}, never null; use {@link #parse(String)} for other forms
 */
public record SocCode(String value) implements Comparable<SocCode> {
    /** The form {@code NN-NNNN}; {@link OccupationCode} adds its two-digit suffix to it. */
    static final String FORM_REGEX = "\\d{2}-\\d{4}";
    private static final Pattern FORM = Pattern.compile(FORM_REGEX);
    /** CareerOneStop's six-digit form, {@code 291141}. */
    private static final Pattern DIGITS = Pattern.compile("\\d{6}");

    /** Validates the form; throws {@link OccupationException} ({@code INVALID_INPUT}) naming it otherwise. */
    public SocCode {
        requireNonNull(value, "value is null");
        if (!FORM.matcher(value).matches()) {
            throw error(value);
        }
    }

    /**
     * Parses {@code 29-1141} or CareerOneStop's six-digit form {@code 291141}, ignoring surrounding white space.
     *
     * @param text the code, never null
     * @return the code, never null
     * @throws OccupationException {@code INVALID_INPUT} for any other form
     */
    public static SocCode parse(String text) {
        requireNonNull(text, "text is null");
        String stripped = text.strip();
        if (DIGITS.matcher(stripped).matches()) {
            return new SocCode(stripped.substring(0, 2) + "-" + stripped.substring(2));
        }
        return new SocCode(stripped);
    }

    /**
     * Reads a SOC code in either form, {@code 29-1141} or {@code 291141}, ignoring surrounding white space.
     *
     * @param text the text, or null
     * @return the code, or empty if the text is neither form; never null
     */
    public static Optional<SocCode> tryParse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return FORM.matcher(stripped).matches() || DIGITS.matcher(stripped).matches()
                ? Optional.of(parse(stripped)) : Optional.empty();
    }

    /**
     * Tells whether text is a SOC code in the canonical form {@code NN-NNNN}.
     *
     * @param text the text to check; null gives {@code false}
     * @return true if the stripped text is of the form {@code NN-NNNN}
     */
    public static boolean isValid(@Nullable String text) {
        return text != null && FORM.matcher(text.strip()).matches();
    }

    /** {@return the SOC major group, for example {@code 29-0000} for {@code 29-1141}; never null} */
    public String majorGroup() {
        return value.substring(0, 2) + "-0000";
    }

    /** {@return the SOC-level O*NET occupation of this code, for example {@code 29-1141.00}; never null} */
    public OccupationCode asOccupationCode() {
        return new OccupationCode(value + ".00");
    }

    /** Orders codes by their text. */
    @Override
    public int compareTo(SocCode other) {
        return value.compareTo(other.value);
    }

    /** The code itself, for example {@code 29-1141}. */
    @Override
    public String toString() {
        return value;
    }

    private static OccupationException error(String value) {
        if (OccupationCode.isValid(value)) {
            return OccupationException.invalidInput(Checks.quote(value) + " is an O*NET-SOC code: its SOC code is "
                    + OccupationCode.parse(value).soc() + ".");
        }
        return OccupationException.invalidInput(Checks.quote(value) + " is not a SOC code: use the form NN-NNNN"
                + " (29-1141) or NNNNNN (291141).");
    }
}
