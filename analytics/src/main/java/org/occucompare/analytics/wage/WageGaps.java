package org.occucompare.analytics.wage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.occucompare.analytics.Estimate;
import org.occucompare.analytics.internal.Interval;
import org.occucompare.analytics.internal.Labels;
import org.occucompare.analytics.internal.WageLookup;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageEstimate;

/**
 * Computes wage percentile gaps. A gap is subject minus reference, in dollars and in percent of the reference:
 * exact when both figures are; a bound when one is top-coded (a top-coded subject makes the gap "at least …", a
 * top-coded reference "at most …"); unknown, with the reason, when a figure is missing or both are top-coded.
 * Stateless and thread-safe.
 */
public final class WageGaps {

    /**
     * The gaps between a subject and a reference.
     *
     * @param subject the subject occupation, never null
     * @param subjectLocation where its wages are from, never null
     * @param reference the reference occupation, never null
     * @param referenceLocation where its wages are from, never null
     * @param rateType annual or hourly; the figures of the other rate type are never used, never null
     * @return the gaps, one per percentile, never null
     */
    public WageGap gap(Occupation subject, Location subjectLocation, Occupation reference, Location referenceLocation,
            RateType rateType) {
        requireNonNull(subject, "subject is null");
        requireNonNull(subjectLocation, "subjectLocation is null");
        requireNonNull(reference, "reference is null");
        requireNonNull(referenceLocation, "referenceLocation is null");
        requireNonNull(rateType, "rateType is null");
        Optional<WageEstimate> s = WageLookup.estimate(subject, subjectLocation, rateType);
        Optional<WageEstimate> r = WageLookup.estimate(reference, referenceLocation, rateType);
        boolean shared = WageLookup.shareWages(subject, reference);
        List<String> notes = new ArrayList<>();
        if (shared) {
            notes.add(subject.code() + " and " + reference.code() + " both show the OEWS wages of SOC "
                    + WageLookup.wageSoc(subject) + ": O*NET's detailed occupations inherit their SOC group's wages,"
                    + " so a gap of 0 here does not mean equal pay.");
        }
        List<PercentileGap> gaps = new ArrayList<>();
        for (Percentile p : Percentile.values()) {
            if (s.isEmpty() || r.isEmpty()) {
                String reason = s.isEmpty() ? WageLookup.absentReason(subject, subjectLocation, rateType)
                        : WageLookup.absentReason(reference, referenceLocation, rateType);
                gaps.add(new PercentileGap(p, Estimate.unknown(reason), Estimate.unknown(reason), shared));
            } else {
                gaps.add(percentileGap(subject, s.get(), reference, r.get(), p, shared));
            }
        }
        return new WageGap(subject.code(), subjectLocation, reference.code(), referenceLocation, rateType, gaps,
                notes);
    }

    private static PercentileGap percentileGap(Occupation subject, WageEstimate s, Occupation reference,
            WageEstimate r, Percentile p, boolean shared) {
        Optional<Interval> si = Interval.of(s.get(p));
        Optional<Interval> ri = Interval.of(r.get(p));
        if (si.isEmpty() || ri.isEmpty()) {
            String reason = WageLookup.missingPercentile(subject, s, p)
                    .or(() -> WageLookup.missingPercentile(reference, r, p)).orElseThrow();
            return new PercentileGap(p, Estimate.unknown(reason), Estimate.unknown(reason), shared);
        }
        String boundNote = topCodeNote(subject, s, reference, r, p);
        String unknownNote = "both " + Labels.percentile(p) + "s are top-coded, so the gap is unknown";
        Interval usd = si.get().minus(ri.get());
        // relative gap = subject / reference - 1, in percent
        Interval pct = si.get().dividedBy(ri.get()).plus(-1).times(100);
        return new PercentileGap(p, usd.toEstimate(boundNote, unknownNote), pct.toEstimate(boundNote, unknownNote),
                shared);
    }

    private static String topCodeNote(Occupation subject, WageEstimate s, Occupation reference, WageEstimate r,
            Percentile p) {
        List<String> parts = new ArrayList<>();
        if (s.get(p).isTopCoded()) {
            parts.add(subject.code() + "'s " + Labels.percentile(p) + " in " + s.areaName() + " is top-coded (at least "
                    + Labels.usd(s.get(p).lowerBound().orElseThrow(), s.rateType()) + ")");
        }
        if (r.get(p).isTopCoded()) {
            parts.add(reference.code() + "'s " + Labels.percentile(p) + " in " + r.areaName()
                    + " is top-coded (at least " + Labels.usd(r.get(p).lowerBound().orElseThrow(), r.rateType()) + ")");
        }
        return String.join("; ", parts);
    }
}
