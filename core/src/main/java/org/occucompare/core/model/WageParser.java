package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;

/** The parser behind {@link WageAmount#parse(String, RateType)}, kept apart so that {@link WageAmount} stays short. */
final class WageParser {
    private static final Set<String> NOT_AVAILABLE = Set.of("", "n/a", "na", "-", "—", "*");
    /** Optional minus, optional dollar sign, digits with or without thousands separators, optional cents. */
    private static final Pattern NUMBER = Pattern.compile("(-?)\\$?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
    /** The number of CareerOneStop's hourly top-code label {@code 100+}, which stands for $115.00 or more. */
    private static final double CAREERONESTOP_HOURLY_LABEL = 100;
    private static final String FORMS = "expected a dollar amount such as 93,600 or $45.00, a top-code such as"
            + " 239,200+ or #, or * or ** for a missing figure.";

    private WageParser() {
    }

    static WageAmount parse(@Nullable String raw, RateType rateType) {
        requireNonNull(rateType, "rateType is null");
        if (raw == null) {
            return WageAmount.missing(MissingReason.NOT_AVAILABLE);
        }
        String text = raw.strip();
        if (NOT_AVAILABLE.contains(text.toLowerCase(Locale.ROOT))) {
            return WageAmount.missing(MissingReason.NOT_AVAILABLE);
        }
        if (text.equals("**")) {
            return WageAmount.missing(MissingReason.SUPPRESSED);
        }
        if (text.equals("#")) {
            return WageAmount.topCoded(rateType == RateType.ANNUAL
                    ? WageAmount.OEWS_TOP_CODE_ANNUAL_USD : WageAmount.OEWS_TOP_CODE_HOURLY_USD);
        }
        if (text.endsWith("+")) {
            double bound = number(text.substring(0, text.length() - 1).strip(), raw);
            // CareerOneStop labels the hourly top code "100+" and documents it as $115.00 an hour or more
            return WageAmount.topCoded(rateType == RateType.HOURLY && bound == CAREERONESTOP_HOURLY_LABEL
                    ? WageAmount.OEWS_TOP_CODE_HOURLY_USD : bound);
        }
        return WageAmount.of(number(text, raw));
    }

    static void requirePositive(double usd, String name) {
        if (!Double.isFinite(usd) || usd <= 0) {
            throw OccupationException.invalidInput("A " + name + " of " + usd + " dollars is impossible: a published"
                    + " wage is a finite amount above 0; use WageAmount.missing(..) when there is no figure.");
        }
    }

    private static double number(String text, String raw) {
        var matcher = NUMBER.matcher(text);
        if (!matcher.matches()) {
            throw OccupationException.invalidInput("Wage " + Checks.quote(raw) + " is not a wage: " + FORMS);
        }
        String digits = matcher.group(2).replace(",", "") + (matcher.group(3) == null ? "" : matcher.group(3));
        double value = Double.parseDouble(digits);
        if (!matcher.group(1).isEmpty() || value == 0) {
            throw OccupationException.invalidInput("Wage " + Checks.quote(raw) + " is not a wage: a published wage is"
                    + " never 0 or negative; use * or leave it blank when the source has no figure.");
        }
        return value;
    }
}
