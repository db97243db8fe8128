package org.occucompare.apiclient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.occucompare.apiclient.internal.json.SocReferenceJson;
import org.occucompare.apiclient.internal.json.WageRowJson;
import org.occucompare.apiclient.internal.json.WagesJson;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.SocReference;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the {@code Wages} block. Percentiles go through {@link WageAmount#parse}, so {@code "239,200+"},
 * {@code "208,000+"} and the hourly {@code "100+"} (at least $115.00, as CareerOneStop documents it) become
 * top-coded lower bounds and {@code "N/A"}, blanks and {@code null}
 * become missing; a figure it cannot read is missing too, never an error (and is not logged: nothing upstream sends
 * reaches a log line unredacted). The wages are marked inherited when the
 * O*NET occupation is not SOC-level or OEWS reports them for another SOC code.
 */
final class WageMapper {
    private static final Logger LOG = LoggerFactory.getLogger(WageMapper.class);

    private WageMapper() {
    }

    static Optional<Wages> map(@Nullable WagesJson wages, @Nullable SocReferenceJson detailSocWageInfo,
            OccupationCode code, Location requested) {
        if (wages == null) {
            return Optional.empty();
        }
        Optional<SocReference> wageOccupation =
                socReference(wages.socWageInfo() != null ? wages.socWageInfo() : detailSocWageInfo);
        boolean inherited = !code.isSocLevel()
                || wageOccupation.map(soc -> !soc.code().equals(code.soc())).orElse(false);
        OptionalInt year = LenientNumbers.year(wages.wageYear());
        List<WageEstimate> estimates = new ArrayList<>();
        for (WageRowJson row : Texts.items(wages.nationalWagesList())) {
            estimate(row, Location.NATIONAL).ifPresent(estimates::add);
        }
        for (WageRowJson row : Texts.items(wages.stateWagesList())) {
            stateOf(row, requested).flatMap(state -> estimate(row, state)).ifPresent(estimates::add);
        }
        for (WageRowJson row : Texts.items(wages.blsAreaWagesList())) {
            areaOf(row).flatMap(area -> estimate(row, area)).ifPresent(estimates::add);
        }
        return Optional.of(new Wages(wageOccupation, inherited, year, estimates));
    }

    static Optional<SocReference> socReference(@Nullable SocReferenceJson json) {
        if (json == null || Texts.text(json.socCode()).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SocReference(SocCode.parse(json.socCode()), Texts.orEmpty(json.socTitle()),
                    Texts.text(json.socDescription())));
        } catch (OccupationException e) {
            LOG.debug("ignoring a SOC reference whose code is not NN-NNNN");
            return Optional.empty();
        }
    }

    private static Optional<WageEstimate> estimate(WageRowJson row, Location area) {
        Optional<RateType> rateType = rateType(row.rateType());
        if (rateType.isEmpty()) {
            LOG.debug("skipping a wage row for {} without a rate type", area.key());
            return Optional.empty();
        }
        RateType rate = rateType.get();
        WageAmount mean = row.mean() == null ? WageAmount.missing(MissingReason.NOT_COVERED) : amount(row.mean(), rate);
        OptionalLong employment = LenientNumbers.whole(row.totalEmployment());
        return Optional.of(new WageEstimate(area, Texts.text(row.areaName()).orElse(area.displayName()), rate,
                amount(row.pct10(), rate), amount(row.pct25(), rate), amount(row.median(), rate),
                amount(row.pct75(), rate), amount(row.pct90(), rate), mean,
                employment.isPresent() && employment.getAsLong() >= 0 ? employment : OptionalLong.empty()));
    }

    private static WageAmount amount(@Nullable String raw, RateType rate) {
        try {
            return WageAmount.parse(raw, rate);
        } catch (OccupationException e) {
            LOG.debug("a {} wage figure is unreadable and counts as not available", rate);
            return WageAmount.missing(MissingReason.NOT_AVAILABLE);
        }
    }

    private static Optional<RateType> rateType(@Nullable String raw) {
        String text = Texts.orEmpty(raw).toLowerCase(Locale.ROOT);
        if (text.startsWith("annual") || text.equals("yearly")) {
            return Optional.of(RateType.ANNUAL);
        }
        return text.startsWith("hourly") ? Optional.of(RateType.HOURLY) : Optional.empty();
    }

    private static Optional<Location> stateOf(WageRowJson row, Location requested) {
        Optional<UsState> state = Texts.text(row.stFips()).flatMap(UsState::fromFips)
                .or(() -> Texts.text(row.areaName()).flatMap(UsState::fromName));
        return state.or(requested::usState).map(Location.State::new);
    }

    private static Optional<Location> areaOf(WageRowJson row) {
        String code = Texts.orEmpty(row.area());
        if (code.matches("0000\\d\\d")) {
            // a state's area code in the padded six-digit form: 000006 is California
            return UsState.fromFips(code.substring(4)).map(Location.State::new);
        }
        if (code.matches("\\d{5,7}")) {
            return Optional.of(new Location.Area(code));
        }
        LOG.debug("skipping a BLS area wage row without a usable area code");
        return Optional.empty();
    }
}
