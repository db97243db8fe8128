package org.occucompare.core.source;

import static java.util.Objects.requireNonNull;

import org.occucompare.core.OccupationException;
import org.occucompare.core.model.OccupationCode;

/**
 * What to look an occupation up by: its O*NET-SOC code or its exact O*NET title (the two keys CareerOneStop accepts).
 * Implementations are immutable and thread-safe.
 */
public sealed interface OccupationKey permits OccupationKey.Code, OccupationKey.Title {

    /**
     * Reads user input, ignoring surrounding white space: text of the form {@code NN-NNNN.NN} is a {@link Code};
     * anything else that is not code-like is a {@link Title}.
     *
     * @param text the input, never null
     * @return the key, never null
     * @throws OccupationException {@code INVALID_INPUT} for blank text, for a bare SOC code such as {@code 29-1141}
     *     (sources need an O*NET code such as {@code 29-1141.00}) and for other text made only of digits, dots and
     *     hyphens that is not an O*NET code
     */
    static OccupationKey parse(String text) {
        requireNonNull(text, "text is null");
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw OccupationException.invalidInput("The occupation is empty: give an O*NET code such as 29-1141.00 or"
                    + " an exact O*NET title such as Registered Nurses.");
        }
        if (OccupationCode.isValid(stripped)) {
            return new Code(OccupationCode.parse(stripped));
        }
        if (Patterns.BARE_SOC.matcher(stripped).matches()) {
            throw OccupationException.invalidInput("'" + stripped + "' is a SOC code: use an O*NET code such as "
                    + stripped + ".00 (or a detailed one such as " + stripped + ".01).");
        }
        if (Patterns.CODE_LIKE.matcher(stripped).matches()) {
            throw OccupationException.invalidInput("'" + stripped + "' is not an O*NET code: use the form NN-NNNN.NN,"
                    + " for example 29-1141.00.");
        }
        return new Title(stripped);
    }

    /**
     * An O*NET-SOC code key.
     *
     * @param code the code, never null
     */
    record Code(OccupationCode code) implements OccupationKey {
        /** Rejects null. */
        public Code {
            requireNonNull(code, "code is null");
        }

        /** The code, for example {@code 29-1141.00}. */
        @Override
        public String toString() {
            return code.value();
        }
    }

    /**
     * An exact O*NET title key, for example {@code Registered Nurses}.
     *
     * @param title the title, never null or blank
     */
    record Title(String title) implements OccupationKey {
        /** Rejects null and blank titles. */
        public Title {
            requireNonNull(title, "title is null");
            if (title.isBlank()) {
                throw OccupationException.invalidInput("The occupation title is blank: give an exact O*NET title such"
                        + " as Registered Nurses.");
            }
        }

        /** The title itself. */
        @Override
        public String toString() {
            return title;
        }
    }
}
