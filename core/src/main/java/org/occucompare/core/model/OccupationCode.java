package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;

/**
 * An O*NET-SOC occupation code of the form {@code NN-NNNN.NN}, for example {@code 29-1141.00} (Registered Nurses, the
 * SOC-level occupation) or {@code 29-1141.01} (Acute Care Nurses, a detailed O*NET occupation). Ordered by its text.
 * Immutable and thread-safe.
 *
 * @param value the code exactly in the form {@code NN-NNNN.NN}, never null; use {@link #parse(String)} for user input
 */
public record OccupationCode(String value) implements Comparable<OccupationCode> {
    private static final Pattern FORM = Pattern.compile(SocCode.FORM_REGEX + "\\.\\d{2}");

    /** Validates the form; throws {@link OccupationException} ({@code INVALID_INPUT}) naming it otherwise. */
    public OccupationCode {
        requireNonNull(value, "value is null");
        if (!FORM.matcher(value).matches()) {
            throw error(value);
        }
    }

    /**
     * Parses user input, ignoring surrounding white space.
     *
     * @param text the code, for example {@code " 29-1141.00 "}, never null
     * @return the code, never null
     * @throws OccupationException {@code INVALID_INPUT} if the text is not of the form {@code NN-NNNN.NN}; for a bare
     *     SOC code such as {@code 29-1141} the message says to add {@code .00} or a detailed suffix
     */
    public static OccupationCode parse(String text) {
        requireNonNull(text, "text is null");
        return new OccupationCode(text.strip());
    }

    /**
     * Tells whether {@link #parse(String)} would accept the text.
     *
     * @param text the text to check; null gives {@code false}
     * @return true if the stripped text is of the form {@code NN-NNNN.NN}
     */
    public static boolean isValid(@Nullable String text) {
        return text != null && FORM.matcher(text.strip()).matches();
    }

    /** {@return the SOC code this occupation belongs to ({@code 29-1141} for {@code 29-1141.01}), never null} */
    public SocCode soc() {
        return new SocCode(value.substring(0, 7));
    }

    /** {@return true if this is the SOC-level O*NET occupation (suffix {@code .00}) rather than a detailed one} */
    public boolean isSocLevel() {
        return value.endsWith(".00");
    }

    /** Orders codes by their text, which is SOC order. */
    @Override
    public int compareTo(OccupationCode other) {
        return value.compareTo(other.value);
    }

    /** The code itself, for example {@code 29-1141.00}. */
    @Override
    public String toString() {
        return value;
    }

    private static OccupationException error(String value) {
        if (SocCode.isValid(value)) {
            return OccupationException.invalidInput(Checks.quote(value) + " is a SOC code, not an O*NET-SOC code:"
                    + " add .00 or a detailed suffix such as " + value + ".01.");
        }
        return OccupationException.invalidInput(Checks.quote(value) + " is not an O*NET-SOC code: use the form"
                + " NN-NNNN.NN, for example 29-1141.00.");
    }
}
