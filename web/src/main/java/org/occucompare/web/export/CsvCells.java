package org.occucompare.web.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;

/**
 * Cells and lines for CSV that spreadsheets open safely (OWASP's CSV injection advice). A text cell whose first
 * character other than a space or a double quote is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is prefixed with an apostrophe, so it is never run as a formula. Comment lines ({@code # query: …}) get the
 * same treatment wherever a spreadsheet could start a cell in them, since a spreadsheet knows nothing of comments and
 * splits them at commas (or at semicolons, in other locales). Numbers are written plainly, without exponent,
 * and stay numbers even when negative. Stateless.
 */
public final class CsvCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String SEPARATORS = ",;";

    private CsvCells() {
    }

    /**
     * The format of every CSV file OccuCompare writes: comment lines first, each {@linkplain #comment neutralized},
     * then the header row, records separated by {@code \n}.
     *
     * @param comments the comment lines, without their {@code #}; never null
     * @param columns the column names, never null
     * @return the format, never null
     */
    public static CSVFormat format(List<String> comments, String... columns) {
        return CSVFormat.DEFAULT.builder().setCommentMarker('#').setRecordSeparator('\n')
                .setHeaderComments(comments.stream().map(CsvCells::comment).toArray(Object[]::new))
                .setHeader(columns).get();
    }

    /**
     * A text cell, neutralized.
     *
     * @param text the text, never null
     * @return the text, prefixed with {@code '} when it could start a formula; never null
     */
    public static String text(String text) {
        return startsFormula(text, 0, text.length()) ? "'" + text : text;
    }

    /**
     * A comment line, on one line and neutralized wherever a spreadsheet could start a cell: at its start and after
     * every comma and semicolon.
     *
     * @param line the text of the line, never null
     * @return the line with line breaks and tabs turned into spaces and {@code '} before each piece that could start
     *     a formula; never null
     */
    public static String comment(String line) {
        String oneLine = line.replaceAll("\\R|\\t", " ");
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        int pieceStart = 0;
        for (int i = 0; i <= oneLine.length(); i++) {
            if (i == oneLine.length() || SEPARATORS.indexOf(oneLine.charAt(i)) >= 0) {
                if (startsFormula(oneLine, pieceStart, i)) {
                    out.append('\'');
                }
                out.append(oneLine, pieceStart, i);
                if (i < oneLine.length()) {
                    out.append(oneLine.charAt(i));
                }
                pieceStart = i + 1;
            }
        }
        return out.toString();
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

    /** Whether the text from start to end could run as a formula: its first character past spaces and quotes. */
    private static boolean startsFormula(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '"') {
                return FORMULA_STARTS.indexOf(c) >= 0;
            }
        }
        return false;
    }
}
