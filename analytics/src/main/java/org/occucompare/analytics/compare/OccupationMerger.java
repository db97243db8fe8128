package org.occucompare.analytics.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.OccupationRecords;

/**
 * Merges the records of one occupation given more than once (once per place it was fetched for) into one, with
 * core's one merge rule ({@link OccupationRecords#merge}), so a report never counts an occupation twice.
 */
final class OccupationMerger {
    private OccupationMerger() {
    }

    /** Merges by code, keeping the order of first appearance; {@code notes} receives a line per merge. */
    static List<Occupation> merge(List<Occupation> occupations, List<String> notes) {
        Map<OccupationCode, List<Occupation>> byCode = new LinkedHashMap<>();
        occupations.forEach(o -> byCode.computeIfAbsent(o.code(), code -> new ArrayList<>()).add(o));
        List<Occupation> merged = new ArrayList<>();
        byCode.forEach((code, records) -> {
            if (records.size() > 1) {
                notes.add("Records of " + code + " fetched for different places were merged.");
            }
            merged.add(OccupationRecords.merge(records));
        });
        return merged;
    }
}
