package org.occucompare.analytics.internal;

import java.util.Optional;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;

/** Finds wage estimates and says, in words, why one is absent. */
public final class WageLookup {
    private WageLookup() {
    }

    /**
     * The estimate of an occupation for a place and rate type.
     *
     * @param occupation the occupation
     * @param location the place
     * @param rateType annual or hourly
     * @return the estimate, or empty
     */
    public static Optional<WageEstimate> estimate(Occupation occupation, Location location, RateType rateType) {
        return occupation.wages().flatMap(w -> w.find(location, rateType));
    }

    /**
     * Why an occupation has no estimate for a place and rate type, for readers. Annual figures are never made from
     * hourly ones (or back): the note says so when only the other rate type is published.
     *
     * @param occupation the occupation
     * @param location the place
     * @param rateType annual or hourly
     * @return the reason
     */
    public static String absentReason(Occupation occupation, Location location, RateType rateType) {
        String who = occupation.code() + " " + occupation.title();
        if (occupation.wages().isEmpty()) {
            return occupation.isRequested(Section.WAGES) ? "the source has no wages for " + who
                    : "wages for " + who + " were not requested from the source";
        }
        RateType other = rateType == RateType.ANNUAL ? RateType.HOURLY : RateType.ANNUAL;
        if (estimate(occupation, location, other).isPresent()) {
            return "no " + Labels.rate(rateType) + " OEWS estimate for " + who + " in " + location.displayName()
                    + "; only " + Labels.rate(other) + " figures are published, and OccuCompare does not convert them"
                    + " (hourly × 2,080 assumes full-time, year-round work)";
        }
        return "no " + Labels.rate(rateType) + " OEWS estimate for " + who + " in " + location.displayName();
    }

    /**
     * Why one percentile of an estimate is unusable, for readers; only for a missing amount.
     *
     * @param occupation the occupation
     * @param estimate its estimate
     * @param percentile the percentile
     * @return the reason, or empty if the amount is there
     */
    public static Optional<String> missingPercentile(Occupation occupation, WageEstimate estimate,
            Percentile percentile) {
        WageAmount amount = estimate.get(percentile);
        return amount.missingReason().map(r -> occupation.code() + "'s " + Labels.percentile(percentile) + " in "
                + estimate.areaName() + " is " + r.description());
    }

    /**
     * The SOC occupation whose OEWS figures an occupation shows: its wage occupation, else its own SOC code.
     *
     * @param occupation the occupation
     * @return the SOC code
     */
    public static SocCode wageSoc(Occupation occupation) {
        return occupation.wages().flatMap(w -> w.wageOccupation()).map(s -> s.code())
                .orElse(occupation.code().soc());
    }

    /**
     * Tells whether two different occupations show the same SOC occupation's wage figures, so that any gap between
     * them says nothing about pay (O*NET detailed occupations inherit their SOC group's wages).
     *
     * @param a one occupation
     * @param b another
     * @return true if they share wage figures
     */
    public static boolean shareWages(Occupation a, Occupation b) {
        return !a.code().equals(b.code()) && a.wages().isPresent() && b.wages().isPresent()
                && wageSoc(a).equals(wageSoc(b));
    }
}
