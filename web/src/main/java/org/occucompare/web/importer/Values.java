package org.occucompare.web.importer;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Parses the numbers of the official files: thousands separators, dollar signs, and their "no value" markers. */
final class Values {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

    private Values() {
    }

    /** Strips {@code $} and thousands separators; the text of a plain number, or empty for a marker or blank. */
    static Optional<String> numberText(Optional<String> raw) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String text = raw.get().replace("$", "").replace(",", "").trim();
        return NUMBER.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    /**
     * A number in a column; blank cells and the publishers' markers ({@code n/a}, {@code —}, {@code *}, {@code **},
     * {@code #}, {@code ~}) read as empty, anything else that is not a number is refused.
     */
    static OptionalDouble decimal(TableRow row, String column) {
        Optional<String> raw = row.optional(column);
        Optional<String> text = numberText(raw);
        if (text.isPresent()) {
            return OptionalDouble.of(Double.parseDouble(text.get()));
        }
        if (raw.isPresent() && !isMarker(raw.get())) {
            throw row.invalid(column, "'" + cut(raw.get()) + "' is not a number");
        }
        return OptionalDouble.empty();
    }

    /** A whole number in a column (rounded), with the same markers as {@link #decimal}. */
    static OptionalLong whole(TableRow row, String column) {
        OptionalDouble value = decimal(row, column);
        return value.isPresent() ? OptionalLong.of(Math.round(value.getAsDouble())) : OptionalLong.empty();
    }

    /** A count published in thousands, as jobs: {@code 3391.0} gives 3,391,000. */
    static OptionalLong thousands(TableRow row, String column) {
        OptionalDouble value = decimal(row, column);
        return value.isPresent() ? OptionalLong.of(Math.round(value.getAsDouble() * 1000)) : OptionalLong.empty();
    }

    /** A small whole number in a column. */
    static OptionalInt integer(TableRow row, String column) {
        OptionalLong value = whole(row, column);
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    /** A required number in a column. */
    static double requiredDecimal(TableRow row, String column) {
        OptionalDouble value = decimal(row, column);
        if (value.isEmpty()) {
            throw row.invalid(column, "a number is required");
        }
        return value.getAsDouble();
    }

    /** The values an employment share may take, for messages: "a number from 0 to 1000" or "a number of 0 or more". */
    static String shareRange(double max) {
        return max < Double.MAX_VALUE ? "a number from 0 to " + (long) max : "a number of 0 or more";
    }

    static boolean isMarker(String raw) {
        String t = raw.trim();
        return t.isEmpty() || t.equalsIgnoreCase("n/a") || t.equals("\u2014") || t.equals("-") || t.equals("*")
                || t.equals("**") || t.equals("#") || t.equals("~");
    }

    static String cut(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
