package org.occucompare.web.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.SocCode;
import org.occucompare.web.store.row.AttainmentRow;
import org.occucompare.web.store.row.EducationAssignmentRow;
import org.occucompare.web.store.row.ProjectionEstimateRow;
import org.occucompare.web.store.row.SeparationsRow;

/**
 * Reads the BLS Employment Projections workbooks: {@code occupation.xlsx} tables 1.2 (projections and worker
 * characteristics) and 1.10 (separations and openings), {@code education.xlsx} tables 5.3 (attainment) and 5.4
 * (education and training assignments). Employment there is in thousands; the rows carry jobs. The projection round
 * comes from the column names ({@code Employment, 2024} and {@code Employment, 2034}).
 */
final class EpWorkbookReader {
    static final String CODE = "National Employment Matrix code";
    static final String TITLE = "National Employment Matrix title";
    private static final Pattern EMPLOYMENT_YEAR = Pattern.compile("Employment, (\\d{4})");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\d+]");

    private EpWorkbookReader() {
    }

    /** Reads an occupation.xlsx or education.xlsx; returns the number of data rows read. */
    static long read(RecognizedFile recognized, ImportSink sink) {
        SourceFile file = recognized.file();
        if (recognized.kind() == FileKind.EP_OCCUPATION) {
            long rows = Workbooks.read(file, "Table 1.2"::equals, CODE, Set.of(), row -> projection(row, sink));
            if (Workbooks.sheetNames(file).contains("Table 1.10")) {
                rows += Workbooks.read(file, "Table 1.10"::equals, CODE, Set.of(), row -> separations(row, sink));
            }
            return rows;
        }
        List<String> sheets = Workbooks.sheetNames(file);
        long rows = 0;
        if (sheets.contains("Table 5.3")) {
            rows += Workbooks.read(file, "Table 5.3"::equals, CODE, Set.of(), row -> attainment(row, sink));
        }
        if (sheets.contains("Table 5.4")) {
            rows += Workbooks.read(file, "Table 5.4"::equals, CODE, Set.of(), row -> assignment(row, sink));
        }
        return rows;
    }

    private static void projection(TableRow row, ImportSink sink) {
        Optional<String> code = code(row);
        if (code.isEmpty()) {
            return;
        }
        int[] years = years(row);
        String title = title(row);
        sink.accept(new ProjectionEstimateRow(code.get(), title, "US", "United States", years[0], years[1],
                "ALL_JOBS", Values.thousands(row, "Employment, " + years[0]),
                Values.thousands(row, "Employment, " + years[1]),
                Values.thousands(row, column(row, "Employment change, numeric")),
                Values.decimal(row, column(row, "Employment change, percent")),
                Values.thousands(row, column(row, "Occupational openings"))));
        assignmentFrom(row, code.get(), title).ifPresent(sink::accept);
    }

    private static void separations(TableRow row, ImportSink sink) {
        Optional<String> code = code(row);
        if (code.isEmpty()) {
            return;
        }
        int[] years = years(row);
        sink.accept(new SeparationsRow(code.get(), years[0], years[1],
                Values.decimal(row, column(row, "Labor force exit rate")),
                Values.decimal(row, column(row, "Occupational transfer rate")),
                Values.decimal(row, column(row, "Total occupational separations rate")),
                Values.thousands(row, column(row, "Labor force exits")),
                Values.thousands(row, column(row, "Occupational transfers")),
                Values.thousands(row, column(row, "Total occupational separations,")),
                Values.thousands(row, column(row, "Occupational openings"))));
    }

    private static void attainment(TableRow row, ImportSink sink) {
        Optional<String> code = code(row);
        if (code.isEmpty()) {
            return;
        }
        List<String> levels = row.columns().entrySet().stream()
                .filter(e -> e.getValue() > row.columns().get(column(row, CODE)))
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        for (int i = 0; i < levels.size(); i++) {
            sink.accept(new AttainmentRow(code.get(), i + 1, levels.get(i), Values.decimal(row, levels.get(i))));
        }
    }

    private static void assignment(TableRow row, ImportSink sink) {
        Optional<String> code = code(row);
        if (code.isPresent()) {
            assignmentFrom(row, code.get(), title(row)).ifPresent(sink::accept);
        }
    }

    private static Optional<EducationAssignmentRow> assignmentFrom(TableRow row, String code, String title) {
        Optional<String> education = text(row, "Typical education needed for entry");
        Optional<String> experience = text(row, "Work experience in a related occupation");
        Optional<String> training = text(row, "Typical on-the-job training");
        if (education.isEmpty() && experience.isEmpty() && training.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EducationAssignmentRow(code, title, education, experience, training));
    }

    /** The matrix code of a data row; empty for footnote and source lines. */
    private static Optional<String> code(TableRow row) {
        Optional<String> code = row.optional(column(row, CODE));
        return code.filter(c -> SocCode.isValid(c));
    }

    private static String title(TableRow row) {
        return FOOTNOTE.matcher(row.text(column(row, TITLE))).replaceAll("").trim();
    }

    private static Optional<String> text(TableRow row, String prefix) {
        return row.optional(column(row, prefix)).filter(v -> !Values.isMarker(v));
    }

    /** The base and projected years from the two {@code Employment, YYYY} columns. */
    private static int[] years(TableRow row) {
        int[] years = row.columns().keySet().stream().map(EMPLOYMENT_YEAR::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).sorted().toArray();
        if (years.length != 2) {
            throw OccupationException.invalidInput(row.file() + " does not have the two columns 'Employment, YYYY'"
                    + " of a projection round. Import the workbook as BLS ships it.");
        }
        return years;
    }

    /** The one column whose name starts with (or, for matrix codes, ends with) the given text. */
    private static String column(TableRow row, String text) {
        return row.columns().keySet().stream().filter(c -> c.startsWith(text) || c.endsWith(text)).findFirst()
                .orElseThrow(() -> OccupationException.invalidInput(row.file() + " lacks the column '" + text
                        + "…'. Import the workbook as BLS ships it."));
    }
}
