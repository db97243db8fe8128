package org.occucompare.web.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.WageAmount;

/**
 * Formats figures for people, the same way on every page: wages in dollars, a top-coded wage as "≥ $239,200", a
 * missing one as "n/a" with its reason, counts with thousands separators. Stateless.
 */
public final class Formats {
    private Formats() {
    }

    /**
     * A wage amount as text.
     *
     * @param amount the amount, never null
     * @return "$93,600", "$45.00" (under $1,000: hourly), "≥ $239,200" or "n/a"; never null
     */
    public static String wage(WageAmount amount) {
        if (amount instanceof WageAmount.Figure f) {
            return dollars(f.usd());
        }
        if (amount instanceof WageAmount.TopCoded t) {
            return "≥ " + dollars(t.atLeastUsd());
        }
        return "n/a";
    }

    /**
     * Why a wage amount is not a plain figure.
     *
     * @param amount the amount, never null
     * @return the reason of a missing amount, a note on a top-coded one, else empty; never null
     */
    public static String wageNote(WageAmount amount) {
        if (amount instanceof WageAmount.TopCoded) {
            return "top-coded: BLS publishes only a lower bound";
        }
        return amount.missingReason().map(r -> r.description()).orElse("");
    }

    /**
     * Dollars, with cents under $1,000 (hourly wages) and without above.
     *
     * @param usd the amount
     * @return the text, never null
     */
    public static String dollars(double usd) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(usd < 1000 ? 2 : 0);
        format.setMinimumFractionDigits(usd < 1000 ? 2 : 0);
        return format.format(usd);
    }

    /**
     * A count with thousands separators.
     *
     * @param count the count, or empty
     * @return "12,300" or "n/a"; never null
     */
    public static String count(OptionalLong count) {
        return count.isPresent() ? NumberFormat.getIntegerInstance(Locale.US).format(count.getAsLong()) : "n/a";
    }

    /**
     * An employment share (jobs per 1,000, location quotient) with two decimals.
     *
     * @param share the share, or empty
     * @return "22.78" or "n/a"; never null
     */
    public static String share(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.US, "%,.2f", share.getAsDouble()) : "n/a";
    }

    /**
     * A percentage with one decimal and its sign.
     *
     * @param percent the percentage, or empty
     * @return "+6.2%", "-1.0%" or "n/a"; never null
     */
    public static String percent(OptionalDouble percent) {
        return percent.isPresent() ? String.format(Locale.US, "%+.1f%%", percent.getAsDouble()) : "n/a";
    }

    /**
     * A number with thousands separators and up to two decimals, without trailing zeros: {@code 93,600},
     * {@code 2.05}, {@code 4}.
     *
     * @param value the number
     * @return the text, never null
     */
    public static String number(double value) {
        // a new format per call: DecimalFormat is not thread-safe
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    /**
     * The source and vintage of a figure, for a {@code title} attribute or a footnote.
     *
     * @param provenance where the figure came from, or empty
     * @return "Source: OEWS, May 2024" or "Source not recorded"; never null
     */
    public static String source(Optional<Provenance> provenance) {
        return provenance.map(p -> "Source: " + p.name() + ", " + p.vintage()).orElse("Source not recorded");
    }
}
