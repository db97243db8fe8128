package org.occucompare.web.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SourceVintage;

/**
 * The data sets a chart draws on, with their vintages, for its caption: the wage charts name where the wages came
 * from, the growth chart the projection rounds, the skills chart the O*NET release; never all of a comparison's
 * sources. Stateless.
 */
final class ChartSources {
    private ChartSources() {
    }

    /**
     * The data sets one kind of chart of a comparison draws on.
     *
     * @param c the comparison, never null
     * @param kind the chart, never null
     * @return the data sets in the comparison's order, never null
     */
    static List<SourceVintage> of(Comparison c, ChartKind kind) {
        Set<SourceKind> wanted = new LinkedHashSet<>();
        List<Section> sections = switch (kind) {
            case WAGES, LOCATIONS -> List.of(Section.WAGES);
            case GROWTH -> List.of(Section.PROJECTIONS);
            case SKILLS -> List.of(Section.SKILLS, Section.KNOWLEDGE, Section.ABILITIES);
            case INDUSTRIES, ATTAINMENT, INTERESTS -> List.of(kind.profileSection().orElseThrow());
        };
        List<Provenance> used = new ArrayList<>();
        for (Occupation o : c.occupations()) {
            for (Section s : sections) {
                o.provenance(s).ifPresent(used::add);
            }
        }
        if (sections.contains(Section.WAGES) && used.stream().anyMatch(p -> p.source() == SourceKind.OEWS)) {
            wanted.add(SourceKind.OEWS); // every OEWS year the places drawn are of (a metro file newer than the state's)
        }
        if (kind == ChartKind.GROWTH && c.report().locations().stream().anyMatch(l -> !(l instanceof Location.National))) {
            wanted.add(SourceKind.STATE_PROJECTIONS); // state rows carry no provenance of their own
        }
        return c.sources().stream().filter(s -> wanted.contains(s.kind()) || used.stream().anyMatch(p ->
                p.source() == s.kind() && p.name().equals(s.name()) && p.vintage().equals(s.vintage()))).toList();
    }

    /** The caption's source line, such as "Source: Occupational Employment and Wage Statistics, May 2024." */
    static String line(Comparison c, ChartKind kind) {
        return line(of(c, kind));
    }

    /** The caption's source line of some data sets, such as "Source: O*NET Database, 30.1."; never null. */
    static String line(List<SourceVintage> sources) {
        if (sources.isEmpty()) {
            return "Source: not recorded for these figures.";
        }
        return (sources.size() == 1 ? "Source: " : "Sources: ") + sources.stream().map(SourceVintage::label)
                .collect(Collectors.joining("; ")) + ".";
    }
}
