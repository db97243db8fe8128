package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.occucompare.core.OccupationException;

/** Validation shared by the model's compact constructors. Stateless. */
final class Checks {
    /** Longest raw text quoted back in an error message. */
    private static final int QUOTE_LIMIT = 40;

    private Checks() {
    }

    static String nonBlank(String value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isBlank()) {
            throw OccupationException.invalidInput(name + " is blank: give a non-empty " + name + ".");
        }
        return value;
    }

    static OptionalDouble range(OptionalDouble value, String name, double min, double max) {
        requireNonNull(value, name + " is null");
        if (value.isPresent()) {
            double v = value.getAsDouble();
            if (!Double.isFinite(v)) {
                throw OccupationException.invalidInput(name + " is " + v
                        + ": give a finite number, or leave it empty when the source gave none.");
            }
            if (v < min || v > max) {
                throw OccupationException.invalidInput(name + " " + v + " is outside " + format(min) + "–"
                        + format(max) + ": use a value in that range, or leave it empty when the source gave none.");
            }
        }
        return value;
    }

    static OptionalDouble finite(OptionalDouble value, String name) {
        return range(value, name, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    static OptionalDouble nonNegative(OptionalDouble value, String name) {
        finite(value, name);
        if (value.isPresent() && value.getAsDouble() < 0) {
            throw OccupationException.invalidInput(name + " " + value.getAsDouble()
                    + " is negative: give 0 or more, or leave it empty when the source gave none.");
        }
        return value;
    }

    static OptionalInt positive(OptionalInt value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isPresent() && value.getAsInt() < 1) {
            throw OccupationException.invalidInput(name + " " + value.getAsInt()
                    + " is below 1: give 1 or more, or leave it empty when the source gave none.");
        }
        return value;
    }

    static OptionalLong nonNegative(OptionalLong value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isPresent() && value.getAsLong() < 0) {
            throw OccupationException.invalidInput(name + " " + value.getAsLong()
                    + " is negative: give a count of 0 or more, or leave it empty when the source gave none.");
        }
        return value;
    }

    static OptionalInt range(OptionalInt value, String name, int min, int max) {
        requireNonNull(value, name + " is null");
        if (value.isPresent() && (value.getAsInt() < min || value.getAsInt() > max)) {
            throw OccupationException.invalidInput(name + " " + value.getAsInt() + " is outside " + min + "–" + max
                    + ": use a value in that range, or leave it empty when the source gave none.");
        }
        return value;
    }

    /** The raw text in single quotes, cut to 40 characters, for error messages. */
    static String quote(String raw) {
        String cut = raw.length() > QUOTE_LIMIT ? raw.substring(0, QUOTE_LIMIT) + "…" : raw;
        return "'" + cut + "'";
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
