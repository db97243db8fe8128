package org.occucompare.core.source;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.SocCode;

/**
 * What to look an occupation up by, as a user gives it: an O*NET-SOC code, an exact O*NET title (the two keys
 * CareerOneStop accepts), or a bare SOC code, which names a group of O*NET occupations rather than one.
 * {@link #parse(String)} is the one reader of occupation input. Implementations are immutable and thread-safe.
 */
public sealed interface OccupationKey permits OccupationKey.Code, OccupationKey.Title, OccupationKey.Soc {

    /**
     * Reads user input, ignoring surrounding white space: {@code NN-NNNN.NN} is a {@link Code}; a SOC code with or
     * without its hyphen ({@code 29-1141}, {@code 291141}) is a {@link Soc}; anything else that is not code-like is a
     * {@link Title}.
     *
     * @param text the input, never null
     * @return the key, never null
     * @throws OccupationException {@code INVALID_INPUT} for blank text and for other text made only of digits, dots
     *     and hyphens (such as {@code 29-1141.0}), which is a mistyped code rather than a title
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
        Optional<SocCode> soc = SocCode.tryParse(stripped);
        if (soc.isPresent()) {
            return new Soc(soc.get());
        }
        if (stripped.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-')) {
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

    /**
     * A bare SOC code, for example {@code 29-1141}: a group of O*NET occupations ({@code 29-1141.00},
     * {@code 29-1141.01} …), not one. Sources answer it with a {@link Miss.Kind#TOO_BROAD} miss that lists the
     * occupations under it.
     *
     * @param soc the SOC code, never null
     */
    record Soc(SocCode soc) implements OccupationKey {
        /** Rejects null. */
        public Soc {
            requireNonNull(soc, "soc is null");
        }

        /** The SOC code, for example {@code 29-1141}. */
        @Override
        public String toString() {
            return soc.value();
        }
    }
}
