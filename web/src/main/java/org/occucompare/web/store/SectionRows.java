package org.occucompare.web.store;

import static java.util.stream.Collectors.groupingBy;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.occucompare.core.model.Section;
import org.occucompare.web.store.row.ProjectionEstimateRow;

/**
 * Every section row read for a set of occupations, grouped by O*NET code (or SOC code for BLS data).
 *
 * @param alternateTitles alternate titles by code
 * @param related related occupations by code
 * @param tasks tasks by code
 * @param workActivities DWA links by code
 * @param technology tools and technology by code
 * @param ratings ratings by code
 * @param jobZones job zones by code
 * @param assignments BLS education assignments by SOC
 * @param attainment attainment shares by SOC
 * @param wages wage rows with their employment shares, by SOC
 * @param projections projection rows by SOC; for a SOC code the projections matrix publishes only inside an
 *     aggregate, the aggregate's rows (their {@code socCode} is the matrix code)
 */
record SectionRows(Map<String, List<Map.Entry<String, String>>> alternateTitles,
        Map<String, List<StoredRelated>> related, Map<String, List<StoredText>> tasks,
        Map<String, List<StoredText>> workActivities, Map<String, List<StoredTechnology>> technology,
        Map<String, List<StoredRating>> ratings, Map<String, List<Map.Entry<String, String>>> jobZones,
        Map<String, List<StoredAssignment>> assignments, Map<String, List<StoredAttainment>> attainment,
        Map<String, List<StoredWage>> wages, Map<String, List<ProjectionEstimateRow>> projections) {

    /** The sections that come from the ratings table. */
    private static final Set<Section> RATED = EnumSet.of(Section.INTERESTS, Section.WORK_VALUES, Section.SKILLS,
            Section.KNOWLEDGE, Section.ABILITIES);

    /**
     * Reads the given sections of the given occupations and places: one query per section, none for a section not
     * asked for (a listing of similar occupations needs only their titles). The nation's wage row of each SOC code is
     * read whatever is asked: its title is the occupation's SOC title.
     */
    static SectionRows read(OccupationDao dao, List<String> codes, List<String> socs, List<String> areaKeys,
            Set<Section> sections) {
        Map<String, List<ProjectionEstimateRow>> projections = new HashMap<>();
        if (sections.contains(Section.PROJECTIONS)) {
            projections.putAll(by(dao.projections(socs, areaKeys), ProjectionEstimateRow::socCode));
            projections.putAll(aggregateProjections(dao, socs.stream().filter(soc -> !soc.isEmpty()
                    && !projections.containsKey(soc)).toList(), areaKeys));
        }
        boolean training = sections.contains(Section.TRAINING);
        return new SectionRows(
                sections.contains(Section.ALTERNATE_TITLES) ? by(dao.alternateTitles(codes), Map.Entry::getKey)
                        : Map.of(),
                sections.contains(Section.RELATED_OCCUPATIONS) ? by(dao.related(codes), StoredRelated::code) : Map.of(),
                sections.contains(Section.TASKS) ? by(dao.tasks(codes), StoredText::code) : Map.of(),
                sections.contains(Section.WORK_ACTIVITIES) ? by(dao.workActivities(codes), StoredText::code) : Map.of(),
                sections.contains(Section.TOOLS_AND_TECHNOLOGY) ? by(dao.technology(codes), StoredTechnology::code)
                        : Map.of(),
                sections.stream().anyMatch(RATED::contains) ? by(dao.ratings(codes), StoredRating::code) : Map.of(),
                training ? by(dao.jobZones(codes), Map.Entry::getKey) : Map.of(),
                by(dao.assignments(socs), StoredAssignment::code),
                training ? by(dao.attainment(socs), StoredAttainment::code) : Map.of(),
                by(dao.wages(socs, sections.contains(Section.WAGES) ? areaKeys : ModelMapping.areaKeys(List.of())),
                        w -> w.wage().socCode()),
                projections);
    }

    /**
     * The projections of SOC codes the matrix publishes only inside an aggregate, such as 13-1021 inside 13-1020
     * "Buyers and purchasing agents" or 21-1011 inside 21-1018: the matrix code in the same SOC broad group that no
     * occupation maps to; where the group also has a summary row (its code ends in 0, such as 21-1010 "Counselors",
     * which holds occupations with rows of their own), the narrower aggregate. Two queries, only when a code lacks
     * projections.
     */
    private static Map<String, List<ProjectionEstimateRow>> aggregateProjections(OccupationDao dao,
            List<String> unprojected, List<String> areaKeys) {
        if (unprojected.isEmpty()) {
            return Map.of();
        }
        List<String> aggregates = dao.matrixAggregates(unprojected.stream().map(SectionRows::broadGroup).distinct()
                .toList());
        Map<String, String> aggregateOf = new HashMap<>();
        for (String soc : unprojected) {
            List<String> candidates = aggregates.stream().filter(a -> broadGroup(a).equals(broadGroup(soc)))
                    .sorted(Comparator.comparing((String a) -> a.endsWith("0")).thenComparing(a -> a)).toList();
            if (!candidates.isEmpty()) {
                aggregateOf.put(soc, candidates.get(0));
            }
        }
        if (aggregateOf.isEmpty()) {
            return Map.of();
        }
        Map<String, List<ProjectionEstimateRow>> byAggregate = by(dao.projections(
                aggregateOf.values().stream().distinct().toList(), areaKeys), ProjectionEstimateRow::socCode);
        Map<String, List<ProjectionEstimateRow>> result = new HashMap<>();
        aggregateOf.forEach((soc, aggregate) -> {
            List<ProjectionEstimateRow> rows = byAggregate.getOrDefault(aggregate, List.of());
            if (!rows.isEmpty()) {
                result.put(soc, rows);
            }
        });
        return result;
    }

    /** The SOC broad group of a code, as its first six characters: {@code 13-102} for {@code 13-1021}. */
    private static String broadGroup(String soc) {
        return soc.substring(0, Math.min(6, soc.length()));
    }

    private static <T> Map<String, List<T>> by(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(groupingBy(key));
    }

    static <T> List<T> of(Map<String, List<T>> map, String key) {
        return map.getOrDefault(key, List.of());
    }
}
