package org.occucompare.web.ui;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Section;

/**
 * One row of a projections table as shown.
 *
 * @param label the occupation and place, never null
 * @param period the projection round, such as "2024–2034"; never null
 * @param base the base-year employment, never null
 * @param projected the projected employment, never null
 * @param change the percent change, never null
 * @param openings the annual openings, never null
 * @param source the source and vintage, never null
 */
public record ProjectionLine(String label, String period, String base, String projected, String change,
        String openings, String source) {

    /** Validates. */
    public ProjectionLine {
        requireNonNull(label, "label is null");
        requireNonNull(period, "period is null");
        requireNonNull(base, "base is null");
        requireNonNull(projected, "projected is null");
        requireNonNull(change, "change is null");
        requireNonNull(openings, "openings is null");
        requireNonNull(source, "source is null");
    }

    /**
     * The rows of an occupation's projections.
     *
     * @param occupation the occupation, never null
     * @param withTitle whether labels start with the occupation title
     * @return one row per place and round, never null
     */
    public static List<ProjectionLine> of(Occupation occupation, boolean withTitle) {
        String source = Formats.source(occupation.provenance(Section.PROJECTIONS));
        return occupation.projections().map(p -> p.rows()).orElse(List.of()).stream()
                .map(r -> line(occupation, r, withTitle, source)).toList();
    }

    private static ProjectionLine line(Occupation o, ProjectionRow r, boolean withTitle, String source) {
        return new ProjectionLine((withTitle ? o.title() + ", " : "") + r.areaName(), r.round().label(),
                Formats.count(r.baseEmployment()), Formats.count(r.projectedEmployment()),
                Formats.percent(r.percentChange()), Formats.count(r.annualOpenings()), source);
    }
}
