package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.occucompare.core.model.WageEstimate;

/**
 * One row of a wage-range chart: an occupation at a place.
 *
 * @param label the row's label, never null
 * @param group the index of its colour (its place in the wages chart), 0 or more
 * @param groupName what the colour stands for, such as "California", never null
 * @param estimate the annual wage estimate, or empty when none is published; never null
 */
record WageRow(String label, int group, String groupName, Optional<WageEstimate> estimate) {
    WageRow {
        requireNonNull(label, "label is null");
        requireNonNull(groupName, "groupName is null");
        requireNonNull(estimate, "estimate is null");
    }
}
