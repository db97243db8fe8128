package org.occucompare.web.store;

import static java.util.stream.Collectors.groupingBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.occucompare.web.store.row.ProjectionEstimateRow;
import org.occucompare.web.store.row.WageRow;

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
 * @param wages wage rows by SOC
 * @param projections projection rows by SOC
 */
record SectionRows(Map<String, List<Map.Entry<String, String>>> alternateTitles,
        Map<String, List<StoredRelated>> related, Map<String, List<StoredText>> tasks,
        Map<String, List<StoredText>> workActivities, Map<String, List<StoredTechnology>> technology,
        Map<String, List<StoredRating>> ratings, Map<String, List<Map.Entry<String, String>>> jobZones,
        Map<String, List<StoredAssignment>> assignments, Map<String, List<StoredAttainment>> attainment,
        Map<String, List<WageRow>> wages, Map<String, List<ProjectionEstimateRow>> projections) {

    /** Reads every section of the given occupations and places: one query per section. */
    static SectionRows read(OccupationDao dao, List<String> codes, List<String> socs, List<String> areaKeys) {
        return new SectionRows(by(dao.alternateTitles(codes), Map.Entry::getKey),
                by(dao.related(codes), StoredRelated::code), by(dao.tasks(codes), StoredText::code),
                by(dao.workActivities(codes), StoredText::code), by(dao.technology(codes), StoredTechnology::code),
                by(dao.ratings(codes), StoredRating::code), by(dao.jobZones(codes), Map.Entry::getKey),
                by(dao.assignments(socs), StoredAssignment::code), by(dao.attainment(socs), StoredAttainment::code),
                by(dao.wages(socs, areaKeys), WageRow::socCode),
                by(dao.projections(socs, areaKeys), ProjectionEstimateRow::socCode));
    }

    private static <T> Map<String, List<T>> by(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(groupingBy(key));
    }

    static <T> List<T> of(Map<String, List<T>> map, String key) {
        return map.getOrDefault(key, List.of());
    }
}
