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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** How much of a refused header a message shows. */
    private static final int MAX_CELLS_SHOWN = 12;
    private static final int MAX_CELL_SHOWN = 40;
    /** "java.io.IOException: " and the like, which a wrapping exception puts before its cause's message. */
    /** Commons CSV's words for a quote that is never closed, as a cut-off download leaves one. */
    private static final Pattern OPEN_QUOTE = Pattern.compile(
            "\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern CLASS_NAME_PREFIX = Pattern.compile("^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error): ");

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
            List<String> header = clean(records.next().toList());
            Map<String, Integer> columns = columns(file.location(), header, required);
            long count = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                TableRow row = new TableRow(file.location(), (int) record.getRecordNumber(), columns,
                        record.toList());
                if (!row.isBlank()) {
                    if (record.size() < header.size()) {
                        // The publishers' files have every cell on every row, empty or not: a short row is a file
                        // cut off (a download that stopped) or edited by hand, and its missing cells would be read
                        // as absent values.
                        throw OccupationException.invalidInput(file.location() + " line " + row.line() + " has "
                                + record.size() + " of the " + header.size() + " columns of its header: the file"
                                + " looks truncated. Download it again from its publisher.");
                    }
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
                    + String.join(", ", missing) + " (" + describe(header) + "). Import the file as its publisher"
                    + " ships it, with every column.");
        }
        return Map.copyOf(columns);
    }

    /**
     * What a refused header holds, fit to be printed: a binary or wrongly encoded file would otherwise put control
     * characters on the user's terminal, and a long first line would bury the message.
     */
    static String describe(List<String> header) {
        List<String> cells = header.stream().filter(c -> !c.isBlank()).toList();
        if (cells.isEmpty()) {
            return "its first line is empty";
        }
        if (cells.stream().anyMatch(Tables::unreadableText)) {
            return "its first line is not text: the file is binary, compressed or in another encoding";
        }
        List<String> shown = cells.stream().limit(MAX_CELLS_SHOWN)
                .map(c -> c.length() > MAX_CELL_SHOWN ? c.substring(0, MAX_CELL_SHOWN) + "…" : c).toList();
        return "it has " + String.join(", ", shown)
                + (cells.size() > shown.size() ? " and " + (cells.size() - shown.size()) + " more" : "");
    }

    private static boolean unreadableText(String cell) {
        return cell.chars().anyMatch(c -> c == '\uFFFD' || Character.isISOControl(c) && c != '\t');
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
                + ": it is damaged or truncated (" + reason(e) + "). Download it again from its publisher.", e);
    }

    /**
     * The innermost message of a failure, without the class names that wrapping exceptions put in front of it: the
     * reader of an import error wants what is wrong with the file, not which library noticed.
     */
    private static String reason(Throwable e) {
        String reason = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        reason = CLASS_NAME_PREFIX.matcher(reason).replaceFirst("");
        Matcher openQuote = OPEN_QUOTE.matcher(reason);
        return openQuote.matches() ? "a quoted cell that starts on line " + openQuote.group(1) + " never ends" : reason;
    }

    private static CSVParser parse(InputStream in, SourceFile file) throws IOException {
        Reader reader = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8), file.location(),
                BoundedLineReader.MAX_LINE);
        return CSVParser.builder().setReader(reader).setFormat(formatOf(file)).get();
    }
}
