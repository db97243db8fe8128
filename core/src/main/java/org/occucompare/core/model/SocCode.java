package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.occucompare.core.OccupationException;

/**
 * A Standard Occupational Classification (SOC 2018) code of the form {@code NN-NNNN}, for example {@code 29-1141}.
 * OEWS wages and BLS projections are published per SOC code. Ordered by its text. Immutable and thread-safe.
 *
 * @param value the code exactly in the form {@code NN-NNNN}, never null; use {@link #parse(String)} for other forms
 */
public record SocCode(String value) implements Comparable<SocCode> {
    private static final Pattern FORM = Pattern.compile("\\d{2}-\\d{4}");
    private static final Pattern DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern ONET = Pattern.compile("(\\d{2}-\\d{4})\\.\\d{2}");

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
        var onet = ONET.matcher(value);
        if (onet.matches()) {
            return OccupationException.invalidInput(Checks.quote(value) + " is an O*NET-SOC code: its SOC code is "
                    + onet.group(1) + ".");
        }
        return OccupationException.invalidInput(Checks.quote(value) + " is not a SOC code: use the form NN-NNNN"
                + " (29-1141) or NNNNNN (291141).");
    }
}
