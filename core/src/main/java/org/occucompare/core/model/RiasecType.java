package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six Holland (RIASEC) occupational interest types, with their O*NET element ids. Immutable and thread-safe. */
public enum RiasecType {
    /** Realistic: building, repairing, working outdoors ({@code 1.B.1.a}). */
    REALISTIC('R', "1.B.1.a", "Realistic"),
    /** Investigative: studying and researching ({@code 1.B.1.b}). */
    INVESTIGATIVE('I', "1.B.1.b", "Investigative"),
    /** Artistic: creating and performing ({@code 1.B.1.c}). */
    ARTISTIC('A', "1.B.1.c", "Artistic"),
    /** Social: helping, teaching, serving ({@code 1.B.1.d}). */
    SOCIAL('S', "1.B.1.d", "Social"),
    /** Enterprising: managing, selling, leading ({@code 1.B.1.e}). */
    ENTERPRISING('E', "1.B.1.e", "Enterprising"),
    /** Conventional: organizing information by procedure ({@code 1.B.1.f}). */
    CONVENTIONAL('C', "1.B.1.f", "Conventional");

    private final char letter;
    private final String elementId;
    private final String displayName;

    RiasecType(char letter, String elementId, String displayName) {
        this.letter = letter;
        this.elementId = elementId;
        this.displayName = displayName;
    }

    /** {@return the Holland code letter, for example {@code 'R'}} */
    public char letter() {
        return letter;
    }

    /** {@return the O*NET content-model element id, {@code 1.B.1.a} to {@code 1.B.1.f}; never null} */
    public String elementId() {
        return elementId;
    }

    /** {@return the O*NET element name, for example {@code Realistic}; never null} */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds a type by O*NET element id, ignoring surrounding white space.
     *
     * @param elementId for example {@code 1.B.1.a}, never null
     * @return the type, or empty for any other id; never null
     */
    public static Optional<RiasecType> fromElementId(String elementId) {
        requireNonNull(elementId, "elementId is null");
        String id = elementId.strip();
        return Arrays.stream(values()).filter(t -> t.elementId.equals(id)).findFirst();
    }

    /**
     * Finds a type by name, ignoring case and surrounding white space.
     *
     * @param name for example {@code Realistic} or {@code social}, never null
     * @return the type, or empty for any other name; never null
     */
    public static Optional<RiasecType> fromName(String name) {
        requireNonNull(name, "name is null");
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.displayName.toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }
}
