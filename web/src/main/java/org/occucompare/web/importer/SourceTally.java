package org.occucompare.web.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.occucompare.web.store.row.ProjectionEstimateRow;
import org.occucompare.web.store.row.StoreRow;
import org.occucompare.web.store.row.WageRow;

/** Tallies, while an import reads, which data sources (and vintages) its files belong to. Not thread-safe. */
final class SourceTally {
    /**
     * A data source being imported.
     *
     * @param id the store's source id
     * @param kind the source kind
     * @param name the data set name
     * @param vintage the vintage
     * @param url where to download it
     * @param citation its citation
     * @param files file names read
     * @param rowsRead data rows read
     */
    record Source(String id, String kind, String name, String vintage, String url, String citation,
            TreeSet<String> files, long rowsRead) {
    }

    private final Map<String, long[]> rowsRead = new TreeMap<>();
    private final Map<String, TreeSet<String>> versions = new TreeMap<>();
    private final Map<String, String[]> descriptions = new TreeMap<>();
    private final Map<String, TreeSet<String>> files = new TreeMap<>();

    /** Notes the source a row belongs to (OEWS years and projection rounds come from the rows). */
    void note(RecognizedFile file, StoreRow row) {
        if (row instanceof WageRow w) {
            add("oews:" + w.year(), file, "OEWS", "Occupational Employment and Wage Statistics", "May " + w.year(),
                    SourceCitations.OEWS_URL, SourceCitations.oewsCitation(w.year()));
        } else if (row instanceof ProjectionEstimateRow p) {
            YearRange round = new YearRange(p.baseYear(), p.projectedYear());
            String years = p.baseYear() + "–" + p.projectedYear();
            if (file.kind().family() == FileKind.Family.EMPLOYMENT_PROJECTIONS) {
                add("projections:" + round, file, "EMPLOYMENT_PROJECTIONS", "BLS Employment Projections", years,
                        SourceCitations.EP_URL, SourceCitations.epCitation());
            } else {
                add("projections:" + round + ":states", file, "STATE_PROJECTIONS",
                        "Projections Central state long-term projections", years, SourceCitations.STATE_URL,
                        SourceCitations.stateCitation(round));
            }
        }
    }

    /** Counts a file's rows toward its sources; O*NET files are tallied here, by their release. */
    void count(RecognizedFile file, long rows) {
        if (file.kind().family() == FileKind.Family.ONET) {
            String version = SourceCitations.onetVersion(file.file()).orElse("(release not named)");
            add("onet", file, "ONET", "O*NET Database", version, SourceCitations.ONET_URL, "");
            versions.computeIfAbsent("onet", k -> new TreeSet<>()).add(version);
        }
        files.forEach((id, names) -> {
            if (names.contains(file.file().name())) {
                rowsRead.computeIfAbsent(id, k -> new long[1])[0] += rows;
            }
        });
    }

    /** The sources seen, with the O*NET vintage naming every release read (newest first). */
    List<Source> sources() {
        List<Source> all = new ArrayList<>();
        descriptions.forEach((id, d) -> {
            String vintage = d[2];
            String citation = d[4];
            if (versions.containsKey(id)) {
                // the newest release names the data set; older files in the mix are named beside it
                TreeSet<String> releases = versions.get(id);
                String newest = releases.last();
                List<String> older = releases.headSet(newest, false).descendingSet().stream().toList();
                vintage = newest + (older.isEmpty() ? "" : " (some files " + String.join(", ", older) + ")");
                citation = SourceCitations.onetCitation(newest);
            }
            long[] read = rowsRead.getOrDefault(id, new long[1]);
            all.add(new Source(id, d[0], d[1], vintage, d[3], citation, files.get(id), read[0]));
        });
        return all;
    }

    private void add(String id, RecognizedFile file, String kind, String name, String vintage, String url,
            String citation) {
        descriptions.putIfAbsent(id, new String[] {kind, name, vintage, url, citation});
        files.computeIfAbsent(id, k -> new TreeSet<>()).add(file.file().name());
    }
}
