package org.occucompare.web.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.occucompare.core.OccupationException;

/**
 * Reads {@code .xlsx} workbooks (O*NET Excel edition, OEWS, Employment Projections) with a streaming reader. Sheets
 * may start with title rows: the header is the first of the first ten rows that names a required column.
 */
final class Workbooks {
    private static final int HEADER_SEARCH_ROWS = 10;

    private Workbooks() {
    }

    /** The names of the workbook's sheets. */
    static List<String> sheetNames(SourceFile file) {
        try (InputStream in = file.open(); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            return workbook.getSheets().map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            throw Tables.unreadable(file, e);
        }
    }

    /** The first rows of a sheet as text (for recognizing files); empty when the sheet does not exist. */
    static List<List<String>> firstRows(SourceFile file, Predicate<String> sheetName, int limit) {
        try (InputStream in = file.open(); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Optional<Sheet> sheet = workbook.getSheets().filter(s -> sheetName.test(s.getName())).findFirst();
            if (sheet.isEmpty()) {
                return List.of();
            }
            try (Stream<Row> rows = sheet.get().openStream()) {
                return rows.limit(limit).map(Workbooks::texts).toList();
            }
        } catch (IOException | RuntimeException e) {
            throw Tables.unreadable(file, e);
        }
    }

    /**
     * Reads every data row of a sheet below its header row.
     *
     * @param anchor the end of a column name whose presence marks the header row
     * @return the number of non-blank data rows read
     */
    static long read(SourceFile file, Predicate<String> sheetName, String anchor, Set<String> required,
            Consumer<TableRow> consumer) {
        try (InputStream in = file.open(); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getSheets().filter(s -> sheetName.test(s.getName())).findFirst()
                    .orElseThrow(() -> OccupationException.invalidInput(file.location() + " has no sheet this"
                            + " importer reads. Import the workbook as its publisher ships it."));
            String where = file.location() + " [" + sheet.getName() + "]";
            long count = 0;
            Map<String, Integer> columns = null;
            try (Stream<Row> rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> values = texts(row);
                    if (columns == null) {
                        if (row.getRowNum() > HEADER_SEARCH_ROWS) {
                            throw OccupationException.invalidInput(where + " has no header row with the column "
                                    + anchor + ". Import the workbook as its publisher ships it.");
                        }
                        if (Tables.clean(values).stream().anyMatch(c -> c.endsWith(anchor))) {
                            columns = Tables.columns(where, Tables.clean(values), required);
                        }
                        continue;
                    }
                    TableRow tableRow = new TableRow(where, row.getRowNum(), columns, values);
                    if (!tableRow.isBlank()) {
                        consumer.accept(tableRow);
                        count++;
                    }
                }
            }
            if (columns == null) {
                throw OccupationException.invalidInput(where + " has no header row with the column " + anchor
                        + ". Import the workbook as its publisher ships it.");
            }
            return count;
        } catch (OccupationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Tables.unreadable(file, e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            String raw = cell == null ? null : cell.getRawValue();
            values.add(raw == null ? "" : raw);
        }
        return values;
    }
}
