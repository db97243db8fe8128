package org.occucompare.web.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.occucompare.core.model.AttainmentShare;
import org.occucompare.core.model.IndustryEmployment;
import org.occucompare.core.model.Interest;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RiasecType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocReference;
import org.occucompare.core.model.SourceKind;
import org.occucompare.web.compare.SourceVintage;
import org.occucompare.web.store.OccupationStore;

/**
 * Builds the table of a profile chart from occupations as a source returned them: the six interest scores, the
 * shares of workers by highest education, the industries employing the most. Pure and stateless.
 */
final class ProfileTables {
    /** The industries of each occupation drawn: its largest employers. */
    static final int TOP_INDUSTRIES = 10;
    /** The most industry rows of a chart of several occupations. */
    static final int MAX_INDUSTRY_ROWS = 12;
    /** What the page and chart say where only the CareerOneStop API has a section. */
    static final String LIVE_ONLY = "available with a CareerOneStop token";

    private ProfileTables() {
    }

    /**
     * The table of a profile chart.
     *
     * @param occupations 1 or more occupations, never null
     * @param kind a profile chart kind, never null
     * @return the table, never null
     * @throws IllegalArgumentException for a chart of a comparison, or no occupation
     */
    static ProfileTable of(List<Occupation> occupations, ChartKind kind) {
        if (occupations.isEmpty()) {
            throw new IllegalArgumentException("no occupation");
        }
        return switch (kind) {
            case INTERESTS -> interests(occupations);
            case ATTAINMENT -> attainment(occupations);
            case INDUSTRIES -> industries(occupations);
            case WAGES, LOCATIONS, GROWTH, SKILLS -> throw new IllegalArgumentException(kind + " is no profile chart");
        };
    }

    private static ProfileTable interests(List<Occupation> occupations) {
        List<ProfileTable.Line> lines = new ArrayList<>();
        for (RiasecType type : RiasecType.values()) {
            lines.add(new ProfileTable.Line(type.elementId(), type.displayName(), occupations.stream().map(o ->
                    List.of(o.interests().stream().filter(i -> i.type() == type).map(Interest::score)
                            .filter(OptionalDouble::isPresent).findFirst().orElse(OptionalDouble.empty())))
                    .toList()));
        }
        List<ProfileTable.Subject> subjects = occupations.stream().map(o -> subject(o, Section.INTERESTS,
                o.interests().stream().anyMatch(i -> i.score().isPresent()), "no O*NET interest scores")).toList();
        return new ProfileTable(ChartKind.INTERESTS, titled("Interest profile (RIASEC)", occupations), "Interest",
                List.of(ProfileMeasure.INTEREST_SCORE), subjects, lines, List.of("O*NET occupational interest"
                        + " scores of the six Holland (RIASEC) types, from 1 (low) to 7 (high)."));
    }

    private static ProfileTable attainment(List<Occupation> occupations) {
        Map<String, List<OptionalDouble>> levels = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>(List.of("The share of workers 25 years and older whose highest"
                + " education is each level, as BLS Employment Projections publishes it (table 5.3, from the"
                + " American Community Survey); each occupation's shares add up to about 100 %."));
        for (int i = 0; i < occupations.size(); i++) {
            Occupation o = occupations.get(i);
            List<AttainmentShare> shares = o.education().map(e -> e.attainment()).orElse(List.of());
            for (AttainmentShare share : shares) {
                List<OptionalDouble> row = levels.computeIfAbsent(share.level(), l -> empty(occupations.size()));
                row.set(i, share.percent());
            }
            Optional<SocReference> matrix = o.education().flatMap(e -> e.matrixOccupation());
            if (!shares.isEmpty() && matrix.isPresent() && o.soc().map(soc -> !soc.code().equals(
                    matrix.get().code())).orElse(false)) {
                notes.add(o.title() + ": the figures of the matrix occupation " + matrix.get().code().value() + " "
                        + matrix.get().title() + ", which includes it.");
            }
        }
        List<ProfileTable.Line> lines = levels.entrySet().stream().map(e -> new ProfileTable.Line(e.getKey(),
                e.getKey(), e.getValue().stream().map(List::of).toList())).toList();
        List<ProfileTable.Subject> subjects = occupations.stream().map(o -> subject(o, Section.TRAINING,
                o.education().map(e -> e.attainment().stream().anyMatch(a -> a.percent().isPresent()))
                        .orElse(false), "no attainment figures published")).toList();
        return new ProfileTable(ChartKind.ATTAINMENT, titled("Highest education of workers", occupations),
                "Highest level of education", List.of(ProfileMeasure.SHARE_OF_WORKERS), subjects, lines, notes);
    }

    private static ProfileTable industries(List<Occupation> occupations) {
        List<List<IndustryEmployment>> all = occupations.stream().map(o -> o.projections().map(p -> p.industries())
                .orElse(List.<IndustryEmployment>of())).toList();
        // each occupation's largest employers; the rows are their union, largest share first
        Map<String, Double> largest = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (List<IndustryEmployment> industries : all) {
            industries.stream().filter(i -> i.shareOfOccupationPct().isPresent())
                    .sorted(Comparator.comparingDouble((IndustryEmployment i) -> i.shareOfOccupationPct()
                            .getAsDouble()).reversed()).limit(TOP_INDUSTRIES).forEach(i -> {
                                largest.merge(key(i), i.shareOfOccupationPct().getAsDouble(), Math::max);
                                titles.putIfAbsent(key(i), i.industryTitle());
                            });
        }
        int most = occupations.size() == 1 ? TOP_INDUSTRIES : MAX_INDUSTRY_ROWS;
        List<String> keys = largest.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue()
                .reversed()).map(Map.Entry::getKey).toList();
        List<ProfileTable.Line> lines = keys.stream().limit(most).map(k -> new ProfileTable.Line(k, titles.get(k),
                all.stream().map(industries -> industries.stream().filter(i -> key(i).equals(k)).findFirst()
                        .map(ProfileTables::industryFigures).orElse(List.of(OptionalDouble.empty(),
                                OptionalDouble.empty(), OptionalDouble.empty()))).toList())).toList();
        List<String> notes = new ArrayList<>(List.of("The share of each occupation's jobs in an industry, in the"
                + " base year of the projections (BLS National Employment Matrix); the " + TOP_INDUSTRIES
                + " largest of each occupation."));
        if (keys.size() > most) {
            notes.add((keys.size() - most) + " more " + (keys.size() - most == 1 ? "industry is" : "industries are")
                    + " left out here (at most " + most + " rows); the chart of one occupation shows its "
                    + TOP_INDUSTRIES + " largest.");
        }
        List<ProfileTable.Subject> subjects = new ArrayList<>();
        for (int i = 0; i < occupations.size(); i++) {
            subjects.add(subject(occupations.get(i), Section.INDUSTRY_EMPLOYMENT, all.get(i).stream()
                    .anyMatch(e -> e.shareOfOccupationPct().isPresent()), "no industry figures published"));
        }
        return new ProfileTable(ChartKind.INDUSTRIES, titled("Industries employing the most", occupations),
                "Industry", List.of(ProfileMeasure.SHARE_OF_JOBS, ProfileMeasure.JOBS,
                        ProfileMeasure.PROJECTED_CHANGE), subjects, lines, notes);
    }

    private static List<OptionalDouble> industryFigures(IndustryEmployment i) {
        return List.of(i.shareOfOccupationPct(), asDouble(i.baseEmployment()), i.percentChange());
    }

    /** An industry by its matrix code; by title where a source leaves the code out. */
    private static String key(IndustryEmployment i) {
        return i.industryCode().isBlank() ? i.industryTitle() : i.industryCode();
    }

    /**
     * An occupation of a table: its source, and why it has no figures when it has none. A section not asked for is
     * not "no data": where only the CareerOneStop API has it, the local data say so.
     */
    private static ProfileTable.Subject subject(Occupation o, Section section, boolean hasFigures, String none) {
        Optional<String> missing = Optional.empty();
        if (!hasFigures) {
            missing = Optional.of(o.isRequested(section) ? none
                    : !OccupationStore.holds(section) && o.retrieval().via() != SourceKind.CAREERONESTOP
                    ? LIVE_ONLY : "the " + section.id() + " section was not asked for");
        }
        return new ProfileTable.Subject(o.code(), o.title(), o.provenance(section).map(SourceVintage::of), missing);
    }

    private static String titled(String title, List<Occupation> occupations) {
        return occupations.size() == 1 ? title + ": " + occupations.get(0).title() : title;
    }

    private static List<OptionalDouble> empty(int size) {
        List<OptionalDouble> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(OptionalDouble.empty());
        }
        return values;
    }

    private static OptionalDouble asDouble(OptionalLong value) {
        return value.isPresent() ? OptionalDouble.of(value.getAsLong()) : OptionalDouble.empty();
    }
}
