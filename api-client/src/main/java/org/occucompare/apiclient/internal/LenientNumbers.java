package org.occucompare.apiclient.internal;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads CareerOneStop's numbers, which arrive as text in every form: {@code "93600"}, {@code "93,600"},
 * {@code "$93,600"}, {@code " 4.9 "}, {@code "4.9%"}. Blank, {@code null} and the markers {@code N/A}, {@code NA},
 * {@code -}, {@code *}, {@code **} and {@code #} are absent; so is anything unreadable, because a figure we cannot
 * read must never become a zero. Wages are not read here: their top codes need {@code WageAmount.parse}.
 */
final class LenientNumbers {
    private static final Set<String> ABSENT = Set.of("n/a", "na", "-", "--", "*", "**", "#", "null", "none");

    private LenientNumbers() {
    }

    /** The number, or empty when absent or unreadable. */
    static OptionalDouble decimal(@Nullable String raw) {
        if (raw == null) {
            return OptionalDouble.empty();
        }
        String text = raw.strip();
        if (text.isEmpty() || ABSENT.contains(text.toLowerCase(Locale.ROOT))) {
            return OptionalDouble.empty();
        }
        String cleaned = text.replace("$", "").replace(",", "").replace("%", "").replace(" ", "");
        if (cleaned.startsWith("+")) {
            cleaned = cleaned.substring(1);
        }
        if (!cleaned.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(cleaned);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** The number rounded to a whole one ({@code "1,702.6"} is 1703), or empty. */
    static OptionalLong whole(@Nullable String raw) {
        OptionalDouble value = decimal(raw);
        if (value.isEmpty() || Math.abs(value.getAsDouble()) > 9.0e15) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(value.getAsDouble()));
    }

    /** A calendar year 1900..2100, or empty. */
    static OptionalInt year(@Nullable String raw) {
        OptionalLong value = whole(raw);
        return value.isPresent() && value.getAsLong() >= 1900 && value.getAsLong() <= 2100
                ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }
}
