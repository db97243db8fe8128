package org.occucompare.web.chart;

import java.util.List;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.web.compare.Comparison;

/**
 * One call from a comparison, or from occupations for a profile chart, to chart bytes or the table a chart draws,
 * for the JSON API, the pages and the command line. Stateless and thread-safe.
 */
public final class ChartRenderer {
    private ChartRenderer() {
    }

    /**
     * Builds, lays out and encodes one chart.
     *
     * @param comparison the comparison, never null
     * @param kind what to draw, never null
     * @param format the file format, never null
     * @param size the printed size and PNG resolution, never null
     * @return the encoded chart, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} for a chart the comparison has no
     *     data for, or a PNG of too many pixels
     */
    public static byte[] render(Comparison comparison, ChartKind kind, ChartFormat format, FigureSize size) {
        return ChartEncoder.encode(ChartFactory.create(comparison, kind, size), format);
    }

    /**
     * Builds, lays out and encodes a profile chart of one or more occupations; one without figures is a notice
     * that says why, never an empty plot.
     *
     * @param occupations 1 or more occupations, never null
     * @param kind a kind with a {@link ChartKind#profileSection()}, never null
     * @param format the file format, never null
     * @param size the printed size and PNG resolution, never null
     * @return the encoded chart, never null
     * @throws OccupationException {@code INVALID_INPUT} for a chart of a comparison, or a PNG of too many pixels
     */
    public static byte[] render(List<Occupation> occupations, ChartKind kind, ChartFormat format, FigureSize size) {
        return ChartEncoder.encode(ChartFactory.create(table(occupations, kind), size), format);
    }

    /**
     * The table a profile chart draws, for the table beside it and its CSV.
     *
     * @param occupations 1 or more occupations, never null
     * @param kind a kind with a {@link ChartKind#profileSection()}, never null
     * @return the table, never null
     * @throws OccupationException {@code INVALID_INPUT} for a chart of a comparison
     */
    public static ProfileTable table(List<Occupation> occupations, ChartKind kind) {
        if (kind.profileSection().isEmpty()) {
            throw OccupationException.invalidInput("The " + kind.id() + " chart draws a comparison, not each"
                    + " occupation's own figures: compare two occupations or places for it.");
        }
        if (occupations.isEmpty()) {
            throw OccupationException.invalidInput("A profile chart needs an occupation.");
        }
        return ProfileTables.of(occupations, kind);
    }
}
