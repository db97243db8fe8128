package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.web.ui.Cell;

/**
 * One occupation in the compare page's summary at a glance.
 *
 * @param occupation the occupation's title, linking to its page; never null
 * @param medians the median annual wage at each place of {@link ComparePageView#glancePlaces()}, in that order,
 *     marked when top-coded or missing; never null
 * @param growth the national projected change with its period, or why there is none; never null
 * @param education the typical entry education, or "n/a"; never null
 * @param brightOutlook "yes" with the categories, "no" or "n/a"; never null
 */
public record GlanceRow(Link occupation, List<Cell> medians, Cell growth, String education, String brightOutlook) {

    /** Validates and copies. */
    public GlanceRow {
        requireNonNull(occupation, "occupation is null");
        medians = List.copyOf(requireNonNull(medians, "medians is null"));
        requireNonNull(growth, "growth is null");
        requireNonNull(education, "education is null");
        requireNonNull(brightOutlook, "brightOutlook is null");
    }
}
