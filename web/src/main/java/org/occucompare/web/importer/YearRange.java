package org.occucompare.web.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.occucompare.core.OccupationException;

/**
 * A projection round given on the command line, such as {@code 2022-2032}.
 *
 * @param baseYear the base year
 * @param projectedYear the projected year, after the base year
 */
public record YearRange(int baseYear, int projectedYear) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{4})\\s*[-–]\\s*(\\d{2}|\\d{4})\\s*");

    public YearRange {
        if (baseYear < 1990 || projectedYear > 2100 || projectedYear <= baseYear) {
            throw OccupationException.invalidInput("Projection years " + baseYear + "-" + projectedYear
                    + " are not a projection round: give the base and projected year, such as 2022-2032.");
        }
    }

    /** Parses {@code 2022-2032} (also {@code 2022–32}); refuses anything else with the accepted form. */
    public static YearRange parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw OccupationException.invalidInput("'" + text + "' is not a projection round: give the base and"
                    + " projected year, such as --projection-years 2022-2032.");
        }
        int base = Integer.parseInt(m.group(1));
        String end = m.group(2);
        int projected = end.length() == 2 ? base / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        return new YearRange(base, projected);
    }

    @Override
    public String toString() {
        return baseYear + "-" + projectedYear;
    }
}
