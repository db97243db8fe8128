package org.occucompare.analytics.internal;

import java.util.Locale;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.RateType;

/** Reader-facing wording shared by the analytics packages: money, percentiles, rate types. */
public final class Labels {
    private Labels() {
    }

    /**
     * Money as readers expect it: {@code $239,200 a year} or {@code $115.00 an hour}.
     *
     * @param usd dollars
     * @param rateType per year or per hour
     * @return the text
     */
    public static String usd(double usd, RateType rateType) {
        return rateType == RateType.ANNUAL ? String.format(Locale.ROOT, "$%,.0f a year", usd)
                : String.format(Locale.ROOT, "$%,.2f an hour", usd);
    }

    /**
     * A percentile's name: {@code 10th percentile}, {@code median}, {@code 90th percentile}.
     *
     * @param percentile the percentile
     * @return the name
     */
    public static String percentile(Percentile percentile) {
        return percentile == Percentile.MEDIAN ? "median" : percentile.rank() + "th percentile";
    }

    /**
     * {@code annual} or {@code hourly}.
     *
     * @param rateType the rate type
     * @return the word
     */
    public static String rate(RateType rateType) {
        return rateType == RateType.ANNUAL ? "annual" : "hourly";
    }
}
