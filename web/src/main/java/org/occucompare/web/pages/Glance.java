package org.occucompare.web.pages;

import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.WageAmount;
import org.occucompare.web.ui.Cell;
import org.occucompare.web.ui.Formats;

/**
 * The figures a page opens with, the same on the occupation and the compare page: the median annual wage at a place,
 * the national outlook, the typical entry education and the Bright Outlook flag. A figure that is not there says
 * why (not requested, suppressed, not covered) and a top-coded one is a lower bound, never a 0. Stateless.
 */
final class Glance {
    private Glance() {
    }

    /** The median annual wage at a place, marked when it is top-coded or missing; never null. */
    static Cell median(Occupation o, Location place) {
        if (!o.isRequested(Section.WAGES)) {
            return Cell.of(WageAmount.missing(MissingReason.NOT_REQUESTED));
        }
        return Cell.of(o.wages().flatMap(w -> w.find(place, RateType.ANNUAL)).map(e -> e.median())
                .orElseGet(() -> WageAmount.missing(MissingReason.NOT_COVERED)));
    }

    /** The national projected change with its period ("2024–2034: +6.2%"), or why there is none; never null. */
    static Cell growth(Occupation o) {
        if (!o.isRequested(Section.PROJECTIONS)) {
            return new Cell("n/a", MissingReason.NOT_REQUESTED.description());
        }
        return o.projections().flatMap(p -> p.national())
                .map(r -> Cell.plain(r.round().label() + ": " + Formats.percent(r.percentChange())))
                .orElseGet(() -> new Cell("n/a", "the source has no national projection for this occupation"));
    }

    /** The typical entry education, or "n/a"; never null. */
    static String education(Occupation o) {
        return o.education().flatMap(e -> e.typicalEntryEducation()).map(v -> v.title()).orElse("n/a");
    }

    /** "yes" with the Bright Outlook categories, "no", or "n/a" when the source does not say; never null. */
    static String brightOutlook(Occupation o) {
        return o.brightOutlook().map(b -> !b.bright() ? "no" : b.categories().isEmpty() ? "yes"
                : "yes: " + String.join("; ", b.categories())).orElse("n/a");
    }
}
