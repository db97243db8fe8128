package org.occucompare.web.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.occucompare.core.OccupationException;
import org.occucompare.web.importer.SourceFiles.DirectoryEntry;

/**
 * Tells what an official file is from its name and its columns. A file named like a known kind must have that
 * kind's columns; a file given by name that is no known kind is refused with the list of accepted kinds. Inside a
 * directory or zip, O*NET files OccuCompare does not use and files of unknown names are skipped with a note.
 */
final class Recognizer {
    static final Set<String> STATE_PROJECTION_COLUMNS = Set.of("Title", "Base", "Projected", "PercentChange",
            "AvgAnnualOpenings", "STFIPS", "OccCode");

    private Recognizer() {
    }

    /** The kind of a file, or empty when it is to be skipped (with a note added to {@code skipped}). */
    static Optional<FileKind> recognize(DirectoryEntry entry, List<String> skipped) {
        SourceFile file = entry.file();
        if (file.extension().equals("json")) {
            return json(entry, skipped);
        }
        Optional<FileKind> onet = OnetColumns.kindOfName(file);
        List<String> header = header(file);
        if (onet.isPresent() && header.contains(OnetColumns.CODE) || onet.isPresent() && !hasBlsShape(file)) {
            Tables.columns(file.location(), header, OnetColumns.REQUIRED.get(onet.get()));
            return onet;
        }
        if (header.contains("OCC_CODE")) {
            return Optional.of(FileKind.OEWS_WAGES);
        }
        if (header.containsAll(STATE_PROJECTION_COLUMNS)) {
            return Optional.of(FileKind.STATE_PROJECTIONS);
        }
        if (file.extension().equals("xlsx")) {
            List<String> sheets = Workbooks.sheetNames(file);
            if (sheets.contains("Table 1.2")) {
                return Optional.of(FileKind.EP_OCCUPATION);
            }
            if (sheets.contains("Table 5.3") || sheets.contains("Table 5.4")) {
                return Optional.of(FileKind.EP_EDUCATION);
            }
        }
        if (entry.inDirectory()) {
            skipped.add(file.location() + (OnetColumns.isUnused(file) ? " (O*NET file OccuCompare does not use)"
                    : " (not a file OccuCompare reads)"));
            return Optional.empty();
        }
        if (isBlsNamed(file) && !header.isEmpty()) {
            Tables.columns(file.location(), header, Set.of("OCC_CODE", "OCC_TITLE"));
        }
        if (file.extension().equals("csv") && header.contains("OccCode")) {
            Tables.columns(file.location(), header, STATE_PROJECTION_COLUMNS);
        }
        throw OccupationException.invalidInput("Cannot import " + file.location() + ": it is not a file OccuCompare"
                + " reads. Accepted: " + FileKind.ACCEPTED + ".");
    }

    private static Optional<FileKind> json(DirectoryEntry entry, List<String> skipped) {
        SourceFile file = entry.file();
        Optional<OewsJsonReader.Shape> shape = OewsJsonReader.shapeOf(file);
        if (shape.isPresent()) {
            return Optional.of(shape.get() == OewsJsonReader.Shape.AREA_LIST ? FileKind.OEWS_AREA_LIST
                    : FileKind.OEWS_WAGES_JSON);
        }
        if (entry.inDirectory()) {
            skipped.add(file.location() + " (JSON that is not OEWS estimates or the OEWS area list)");
            return Optional.empty();
        }
        throw OccupationException.invalidInput("Cannot import " + file.location() + ": it is not OEWS estimates"
                + " or the OEWS area list as JSON. Accepted: " + FileKind.ACCEPTED + ".");
    }

    /** The first row of a delimited file, or of the first sheet of a workbook; empty when none can be read. */
    private static List<String> header(SourceFile file) {
        if (file.extension().equals("xlsx")) {
            List<List<String>> rows = Workbooks.firstRows(file, name -> true, 1);
            return rows.isEmpty() ? List.of() : Tables.clean(rows.get(0));
        }
        return Tables.header(file);
    }

    /** EP workbooks share names with O*NET files ({@code skills.xlsx}); their first sheet is an index. */
    private static boolean hasBlsShape(SourceFile file) {
        return file.extension().equals("xlsx") && Workbooks.sheetNames(file).stream()
                .anyMatch(s -> s.startsWith("Table "));
    }

    private static boolean isBlsNamed(SourceFile file) {
        return file.name().toLowerCase(Locale.ROOT).matches(".*_m\\d{4}_dl.*");
    }
}
