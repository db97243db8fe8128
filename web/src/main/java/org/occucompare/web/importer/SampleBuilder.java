package org.occucompare.web.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.occucompare.web.store.row.AreaRow;
import org.occucompare.web.store.row.AttainmentRow;
import org.occucompare.web.store.row.DwaRow;
import org.occucompare.web.store.row.EducationAssignmentRow;
import org.occucompare.web.store.row.EducationCategoryRow;
import org.occucompare.web.store.row.EducationRatingRow;
import org.occucompare.web.store.row.EmploymentShareRow;
import org.occucompare.web.store.row.ElementRow;
import org.occucompare.web.store.row.JobZoneRow;
import org.occucompare.web.store.row.OccupationRow;
import org.occucompare.web.store.row.ProjectionEstimateRow;
import org.occucompare.web.store.row.RatingRow;
import org.occucompare.web.store.row.RelatedOccupationRow;
import org.occucompare.web.store.row.ScaleRow;
import org.occucompare.web.store.row.SeparationsRow;
import org.occucompare.web.store.row.StoreRow;
import org.occucompare.web.store.row.TaskDwaRow;
import org.occucompare.web.store.row.TaskRow;
import org.occucompare.web.store.row.AlternateTitleRow;
import org.occucompare.web.store.row.AreaRow;
import org.occucompare.web.store.row.TechnologyRow;
import org.occucompare.web.store.row.WageRow;

/**
 * Builds the bundled sample from the official files: the importer's readers keep the rows of {@link #CODES} (and
 * their SOC codes' wages and projections) and write them, gzipped, in {@link SampleCodec}'s format with the data
 * sources and the O*NET attribution. Run it as documented in docs/data.md:
 * {@code ./occucompare build-sample ../shared/data web/src/main/resources/sample}.
 */
public final class SampleBuilder {
    /** The sample's occupations: at least one from every SOC major group (military included). */
    public static final List<String> CODES = List.of("11-1011.00", "11-1021.00", "11-3031.00", "11-9111.00",
            "13-2011.00", "13-1111.00", "15-1252.00", "15-1211.00", "15-2051.00", "15-1212.00", "17-2141.00",
            "17-2051.00", "19-1042.00", "19-2031.00", "21-1012.00", "21-1021.00", "23-1011.00", "23-2011.00",
            "25-2021.00", "25-1071.00", "27-1024.00", "27-3031.00", "29-1141.00", "29-1141.01", "29-2061.00",
            "29-1218.00", "29-1171.00", "29-1051.00", "29-1123.00", "31-1131.00", "31-9091.00", "33-3051.00",
            "33-2011.00", "35-2014.00", "35-3031.00", "37-2011.00", "37-3011.00", "39-9011.00", "39-5012.00",
            "41-2031.00", "41-3091.00", "43-4051.00", "43-3031.00", "45-2092.00", "47-2111.00", "47-2061.00",
            "49-3023.00", "49-9021.00", "51-4121.00", "51-2092.00", "53-3032.00", "53-7062.00", "55-1011.00");
    /** The official files the sample is made from, relative to the shared data directory. */
    public static final List<String> FILES = List.of("onet-30.1", "onet-30.0-abilities/Abilities.txt",
            "bls-oews/national_M2024_dl.xlsx", "bls-oews-state-2024-csv/state_M2024_dl.xlsx - state_M2024_dl.csv",
            "bls-ep-2024-34/occupation.xlsx", "bls-ep-2024-34/education.xlsx",
            "projections-central/longterm-2022-2032-all-states", "bls-oews-msa-2025-json/metros-index.json",
            "bls-oews-msa-2025-json/metros/35620.json", "bls-oews-msa-2025-json/metros/31080.json",
            "bls-oews-msa-2025-json/metros/16980.json", "bls-oews-msa-2025-json/metros/19100.json",
            "bls-oews-msa-2025-json/metros/26420.json", "bls-oews-msa-2025-json/metros/47900.json",
            "bls-oews-msa-2025-json/metros/12060.json", "bls-oews-msa-2025-json/metros/14460.json",
            "bls-oews-msa-2025-json/metros/41860.json", "bls-oews-msa-2025-json/metros/12420.json");
    static final String ROWS = "occucompare-sample.tsv.gz";
    static final String SOURCES = "sources.tsv";
    static final String NOTICE = "NOTICE.txt";

    private SampleBuilder() {
    }

    /**
     * Builds the sample from the official files into a directory.
     *
     * @param dataDir the directory holding {@link #FILES}
     * @param outputDir where the sample files go (the app's {@code src/main/resources/sample})
     * @return the number of rows written
     */
    public static int build(Path dataDir, Path outputDir) throws IOException {
        List<Path> paths = FILES.stream().map(dataDir::resolve).toList();
        BulkFileReader reader = new BulkFileReader(ImportOptions.NONE.withProjectionYears(
                YearRange.parse("2022-2032")));
        BulkFileReader.Plan plan = reader.plan(paths);
        Set<String> codes = Set.copyOf(CODES);
        Set<String> socs = new HashSet<>();
        Set<String> dwas = new HashSet<>();
        List<StoreRow> kept = new ArrayList<>();
        SourceTally tally = new SourceTally();
        for (RecognizedFile file : plan.files()) {
            long read = reader.read(file, row -> {
                if (keep(row, codes, socs, dwas)) {
                    kept.add(row);
                    tally.note(file, row);
                }
            });
            tally.count(file, read);
        }
        Files.createDirectories(outputDir);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(outputDir.resolve(ROWS)));
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (StoreRow row : kept) {
                writer.write(SampleCodec.write(row));
                writer.write('\n');
            }
        }
        List<String> sources = new ArrayList<>();
        for (SourceTally.Source s : tally.sources()) {
            sources.add(SampleCodec.line(List.of(s.id(), s.kind(), s.name(), s.vintage(), s.url(),
                    s.citation() + (s.id().equals("onet") ? " Modified: a subset of " + CODES.size()
                            + " occupations." : ""), String.join("|", s.files()))));
        }
        Files.write(outputDir.resolve(SOURCES), sources, StandardCharsets.UTF_8);
        Files.writeString(outputDir.resolve(NOTICE), "OccuCompare bundled sample: " + CODES.size()
                + " occupations made from the official files by SampleBuilder (see docs/data.md).\n\n"
                + SourceCitations.onetCitation("30.1") + " The data were modified: this is a subset of "
                + CODES.size() + " occupations; abilities come from the 30.0 release.\n\n"
                + SourceCitations.oewsCitation(2024) + "\n" + SourceCitations.oewsCitation(2025) + " (ten metropolitan"
                + " areas and the list of OEWS areas, from a JSON re-encoding of the BLS release)\n"
                + SourceCitations.epCitation() + "\n"
                + SourceCitations.stateCitation(new YearRange(2022, 2032)) + "\n", StandardCharsets.UTF_8);
        return kept.size();
    }

    private static boolean keep(StoreRow row, Set<String> codes, Set<String> socs, Set<String> dwas) {
        if (row instanceof OccupationRow o) {
            if (codes.contains(o.code())) {
                socs.add(o.socCode());
                return true;
            }
            return false;
        } else if (row instanceof RelatedOccupationRow r) {
            return codes.contains(r.code()) && codes.contains(r.relatedCode());
        } else if (row instanceof TaskDwaRow t) {
            if (codes.contains(t.code())) {
                dwas.add(t.dwaId());
                return true;
            }
            return false;
        } else if (row instanceof DwaRow d) {
            return dwas.contains(d.dwaId());
        } else if (row instanceof ElementRow || row instanceof ScaleRow || row instanceof EducationCategoryRow
                || row instanceof AreaRow) {
            return true;
        }
        String code = row instanceof AlternateTitleRow a ? a.code() : row instanceof TaskRow t ? t.code()
                : row instanceof RatingRow r ? r.code() : row instanceof EducationRatingRow e ? e.code()
                : row instanceof JobZoneRow j ? j.code() : row instanceof TechnologyRow t ? t.code() : null;
        if (code != null) {
            return codes.contains(code);
        }
        String soc = row instanceof WageRow w ? w.socCode() : row instanceof EmploymentShareRow e ? e.socCode()
                : row instanceof ProjectionEstimateRow p ? p.socCode()
                : row instanceof SeparationsRow s ? s.socCode() : row instanceof EducationAssignmentRow e
                ? e.socCode() : row instanceof AttainmentRow a ? a.socCode() : "";
        return socs.contains(soc);
    }
}
