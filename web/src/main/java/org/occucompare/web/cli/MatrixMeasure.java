package org.occucompare.web.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.occucompare.core.OccupationException;

/** What a cell of {@code occucompare matrix} holds. */
enum MatrixMeasure {
    /** The similarity score of the two occupations, 0 to 1, symmetric. */
    SIMILARITY("similarity: 0 to 1, weighted cosines of skills, knowledge, abilities, tasks and work activities;"
            + " symmetric, 1 on the diagonal"),
    /** The column's median annual wage minus the row's, in US dollars. */
    MEDIAN_GAP("median-gap: the column occupation's median annual wage minus the row occupation's, in US dollars"
            + " (OEWS); empty where either median is unpublished or top-coded"),
    /** The column's projected employment change minus the row's, in percentage points. */
    GROWTH("growth: the column occupation's projected employment change minus the row occupation's, in percentage"
            + " points over the projection round; empty where either is unpublished");

    private final String definition;

    MatrixMeasure(String definition) {
        this.definition = definition;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String definition() {
        return definition;
    }

    static MatrixMeasure parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id().equals(wanted)).findFirst().orElseThrow(() ->
                OccupationException.invalidInput("\"" + text + "\" is not a matrix measure: use one of "
                        + Arrays.stream(values()).map(MatrixMeasure::id).collect(Collectors.joining(", ")) + "."));
    }
}
