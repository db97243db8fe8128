package org.occucompare.web.export;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * Cell values for CSV that spreadsheets open safely: a text cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with an apostrophe so it is never run as a formula (OWASP's CSV
 * injection advice); numbers are written plainly, without exponent, and stay numbers even when negative.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * A text cell, neutralized.
     *
     * @param text the text, never null
     * @return the text, prefixed with {@code '} when it could start a formula; never null
     */
    public static String text(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * A numeric cell.
     *
     * @param value the number, or empty
     * @return the plain decimal, such as {@code -12.5} or {@code 239200}, or the empty string; never null
     */
    public static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    /**
     * A numeric cell.
     *
     * @param value a finite number
     * @return the plain decimal, such as {@code -12.5} or {@code 239200}; never null
     */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
