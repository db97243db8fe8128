package org.occucompare.web.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.UnavailableOccupation;
import org.occucompare.web.compare.UnknownOccupation;

/**
 * The tidy CSV of a comparison: one row per occupation, place and measure, under a commented header
 * ({@code # query: …}, {@code # sources: …} with vintages, {@code # app: OccuCompare <version>}, {@code # cite: …}).
 * Text cells and comment lines are neutralized against formula injection ({@link CsvCells}); numbers stay numbers.
 * Stateless and thread-safe.
 */
public final class CsvExport {
    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of("occupation_code", "occupation_title", "location",
            "location_name", "measure", "value", "unit", "qualifier", "source", "note");

    private CsvExport() {
    }

    /**
     * Writes the CSV.
     *
     * @param comparison the comparison, never null
     * @param appVersion the OccuCompare version, never null
     * @param out where to write, never null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Comparison comparison, String appVersion, Appendable out) {
        requireNonNull(comparison, "comparison is null");
        requireNonNull(appVersion, "appVersion is null");
        try {
            CSVPrinter printer = new CSVPrinter(out, CsvCells.format(header(comparison, appVersion),
                    COLUMNS.toArray(String[]::new)));
            for (TidyRow r : TidyRows.of(comparison)) {
                printer.printRecord(CsvCells.text(r.code()), CsvCells.text(r.title()), CsvCells.text(r.location()),
                        CsvCells.text(r.locationName()), CsvCells.text(r.measure()), CsvCells.number(r.value()),
                        CsvCells.text(r.unit()), r.qualifier(), CsvCells.text(r.source()), CsvCells.text(r.note()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV: " + e.getMessage(), e);
        }
    }

    /**
     * The CSV as a string.
     *
     * @param comparison the comparison, never null
     * @param appVersion the OccuCompare version, never null
     * @return the CSV text, never null
     */
    public static String toCsv(Comparison comparison, String appVersion) {
        StringBuilder out = new StringBuilder();
        write(comparison, appVersion, out);
        return out.toString();
    }

    private static List<String> header(Comparison comparison, String appVersion) {
        List<String> lines = new ArrayList<>();
        lines.add("query: " + comparison.query().describe());
        lines.add("sources: " + String.join("; ", comparison.sources().stream()
                .map(s -> s.label() + s.url().map(u -> " <" + u + ">").orElse("")).toList()));
        lines.add("data: " + comparison.dataDescription());
        lines.add("app: OccuCompare " + appVersion);
        for (String line : Citation.of(comparison, appVersion).attributions()) {
            lines.add("cite: " + line);
        }
        for (UnknownOccupation u : comparison.unknown()) {
            lines.add("unknown: " + u.message());
        }
        for (UnavailableOccupation u : comparison.unavailable()) {
            lines.add("unavailable: " + u.message());
        }
        lines.add("qualifier: exact = the published figure; at_least = top-coded by OEWS, the true value is at"
                + " least this; missing = not published");
        return lines;
    }
}
