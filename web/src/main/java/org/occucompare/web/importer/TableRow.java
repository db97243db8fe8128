package org.occucompare.web.importer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.occucompare.core.OccupationException;

/**
 * One data row of a table (a delimited text file or a worksheet), read by column name. Values are the cells' text;
 * numeric worksheet cells hold their number as text. Absent and blank cells read as empty.
 *
 * @param file where the row comes from, for messages
 * @param line the 1-based line (or worksheet row) number, for messages
 * @param columns the column positions by header name
 * @param values the cells
 */
record TableRow(String file, int line, Map<String, Integer> columns, List<String> values) {
    TableRow {
        requireNonNull(file, "file is null");
        requireNonNull(columns, "columns is null");
        requireNonNull(values, "values is null");
    }

    /** The trimmed text of a column, empty when the cell is blank or the column is absent. */
    Optional<String> optional(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= values.size()) {
            return Optional.empty();
        }
        String value = values.get(index).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The trimmed text of a required column. */
    String text(String column) {
        return optional(column).orElseThrow(() -> OccupationException.invalidInput(
                file + " line " + line + ": column " + column + " is empty. The file looks damaged: download it"
                        + " again from its publisher."));
    }

    /** O*NET text: the literal {@code n/a} reads as empty. */
    Optional<String> onetOptional(String column) {
        return optional(column).filter(v -> !v.equalsIgnoreCase("n/a"));
    }

    /** Whether the row has any non-blank cell. */
    boolean isBlank() {
        return values.stream().allMatch(String::isBlank);
    }

    /** A number in a column, for messages of rows that fail to parse. */
    OccupationException invalid(String column, String why) {
        return OccupationException.invalidInput(file + " line " + line + ", column " + column + ": " + why
                + ". The file looks damaged or is not the official one: download it again from its publisher.");
    }
}
