package org.occucompare.analytics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.SocReference;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;

/** Small occupations with chosen wages for hand-computed tests. */
public final class TestOccupations {
    private TestOccupations() {
    }

    /**
     * An occupation with one annual estimate per place, each given as five amounts (p10..p90).
     *
     * @param code the O*NET code
     * @param estimates the estimates
     * @return the occupation
     */
    public static Occupation withWages(String code, WageEstimate... estimates) {
        OccupationCode c = new OccupationCode(code);
        Wages wages = new Wages(Optional.of(SocReference.of(c.soc(), "SOC " + c.soc())), !c.isSocLevel(),
                OptionalInt.of(2024), List.of(estimates));
        return Occupation.minimal(c, "Occupation " + code, Fixtures.retrieval()).withWages(wages)
                .withRequestedSections(EnumSet.of(Section.WAGES));
    }

    /**
     * An estimate with five amounts and a missing mean.
     *
     * @param area the place
     * @param rateType annual or hourly
     * @param amounts p10, p25, median, p75, p90
     * @return the estimate
     */
    public static WageEstimate estimate(Location area, RateType rateType, WageAmount... amounts) {
        return new WageEstimate(area, area.displayName(), rateType, amounts[0], amounts[1], amounts[2], amounts[3],
                amounts[4], WageAmount.missing(org.occucompare.core.model.MissingReason.NOT_COVERED),
                OptionalLong.empty());
    }

    /**
     * An annual estimate of five exact figures.
     *
     * @param area the place
     * @param usd p10, p25, median, p75, p90
     * @return the estimate
     */
    public static WageEstimate annual(Location area, double... usd) {
        List<WageAmount> amounts = new ArrayList<>();
        for (double v : usd) {
            amounts.add(WageAmount.of(v));
        }
        return estimate(area, RateType.ANNUAL, amounts.toArray(new WageAmount[0]));
    }

    /** {@return the SOC code of a text, for tests} */
    static SocCode soc(String text) {
        return new SocCode(text);
    }
}
