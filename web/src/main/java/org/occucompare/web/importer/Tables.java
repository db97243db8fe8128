package org.occucompare.web.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/** Reads delimited text files (O*NET tab-delimited, BLS and Projections Central CSV) row by row. */
final class Tables {
    /** O*NET text files: tab-delimited, no quoting (titles may hold quote characters). */
    static final CSVFormat TAB = CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false)
            .setTrim(false).get();
    /** BLS and Projections Central CSV: comma-separated, double-quoted. */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private Tables() {
    }

    /** The format of a delimited file: tab for O*NET {@code .txt}, comma for {@code .csv}. */
    static CSVFormat formatOf(SourceFile file) {
        return file.extension().equals("csv") ? CSV : TAB;
    }

    /** The header (first line) of a delimited file, trimmed; an empty list for an empty file. */
    static List<String> header(SourceFile file) {
        try (InputStream in = file.open(); CSVParser parser = parse(in, file)) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? clean(records.next().toList()) : List.of();
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads every data row of a delimited file after checking that the header has the required columns.
     *
     * @return the number of data rows read
     */
    static long read(SourceFile file, Set<String> required, Consumer<TableRow> rows) {
        try (InputStream in = file.open(); CSVParser parser = parse(in, file)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw OccupationException.invalidInput(file.location() + " is empty. Download it again.");
            }
            Map<String, Integer> columns = columns(file.location(), clean(records.next().toList()), required);
            long count = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                TableRow row = new TableRow(file.location(), (int) record.getRecordNumber(), columns,
                        record.toList());
                if (!row.isBlank()) {
                    rows.accept(row);
                    count++;
                }
            }
            return count;
        } catch (IOException | RuntimeException e) {
            if (e instanceof OccupationException oe) {
                throw oe;
            }
            throw unreadable(file, e);
        }
    }

    /** Column positions by name; refuses a header that lacks a required column. */
    static Map<String, Integer> columns(String file, List<String> header, Set<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw OccupationException.invalidInput(file + " lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (it has " + String.join(", ", header) + "). Import the file as"
                    + " its publisher ships it, with every column.");
        }
        return Map.copyOf(columns);
    }

    static List<String> clean(List<String> header) {
        List<String> cleaned = new ArrayList<>(header.size());
        for (String cell : header) {
            String c = cell == null ? "" : cell.replace("\uFEFF", "").trim();
            cleaned.add(c);
        }
        return cleaned;
    }

    static OccupationException unreadable(SourceFile file, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedLineReader.LineTooLongException tooLong) {
                return new OccupationException(ErrorKind.INVALID_INPUT, tooLong.getMessage()
                        + ". Give the official file as its publisher ships it.", e);
            }
        }
        return new OccupationException(ErrorKind.INVALID_INPUT, "Cannot read " + file.location()
                + ": it is damaged or truncated (" + e.getMessage() + "). Download it again from its publisher.", e);
    }

    private static CSVParser parse(InputStream in, SourceFile file) throws IOException {
        Reader reader = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8), file.location(),
                BoundedLineReader.MAX_LINE);
        return CSVParser.builder().setReader(reader).setFormat(formatOf(file)).get();
    }
}
