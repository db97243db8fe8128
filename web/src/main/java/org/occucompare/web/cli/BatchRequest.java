package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.web.chart.ChartFormat;
import org.occucompare.web.chart.ChartKind;
import org.occucompare.web.compare.CompareQuery;

/**
 * One row of a batch file: its line, the comparison it asks for and the charts to draw.
 *
 * @param line the row's line in the file, 2 or more (the header is line 1)
 * @param occupations the occupations cell as written, never null
 * @param locations the locations cell as written, never null
 * @param reference the reference cell as written, never null
 * @param charts the charts cell as written, never null
 */
record BatchRequest(long line, String occupations, String locations, String reference, String charts) {
    /** The columns of a batch file; only {@code occupations} is required. */
    static final List<String> COLUMNS = List.of("occupations", "locations", "reference", "charts");

    BatchRequest {
        requireNonNull(occupations, "occupations is null");
        requireNonNull(locations, "locations is null");
        requireNonNull(reference, "reference is null");
        requireNonNull(charts, "charts is null");
    }

    static BatchRequest of(CSVRecord record, long line) {
        return new BatchRequest(line, cell(record, "occupations"), cell(record, "locations"),
                cell(record, "reference"), cell(record, "charts"));
    }

    /** The comparison, its places read by {@code places}; {@code INVALID_INPUT} says what is wrong with the row. */
    CompareQuery query(Function<String, Location> places) {
        return CompareQuery.parse(split(occupations), split(locations),
                reference.isBlank() ? Optional.empty() : Optional.of(reference.strip()), List.of(), places);
    }

    /** The charts asked for, such as {@code wages;growth.svg} (PNG unless an extension says otherwise). */
    List<Chart> chartList() {
        return split(charts).stream().map(c -> {
            int dot = c.lastIndexOf('.');
            return dot < 0 ? new Chart(ChartKind.parse(c), ChartFormat.PNG)
                    : new Chart(ChartKind.parse(c.substring(0, dot)), ChartFormat.parse(c.substring(dot + 1)));
        }).toList();
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            if (column.equals("occupations")) {
                throw OccupationException.invalidInput("The batch file has no \"occupations\" column: its header"
                        + " row must name the columns " + String.join(", ", COLUMNS) + ".");
            }
            return "";
        }
        return record.isSet(column) ? record.get(column) : "";
    }

    /**
     * One chart of a row.
     *
     * @param kind what to draw
     * @param format the file format
     */
    record Chart(ChartKind kind, ChartFormat format) {
        Chart {
            requireNonNull(kind, "kind is null");
            requireNonNull(format, "format is null");
        }
    }
}
