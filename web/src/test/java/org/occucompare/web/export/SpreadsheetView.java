package org.occucompare.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads CSV text the way a spreadsheet opens it: it knows nothing of {@code #} comment lines, splits every line at
 * commas (honouring a cell that opens with a double quote, as spreadsheets do) and, for comment lines, also at
 * semicolons and tabs, the separators of other locales. A cell is live when it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, also after leading spaces (which some spreadsheets trim), and is
 * not a plain number.
 */
public final class SpreadsheetView {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetView() {
    }

    /** Asserts that no cell of the text, as a spreadsheet splits it, would run as a formula. */
    public static void assertNoFormulaCells(String csv) {
        assertThat(liveCells(csv)).as("cells a spreadsheet would run as formulas").isEmpty();
    }

    /** The cells a spreadsheet would run as formulas, each with its line, never null. */
    public static List<String> liveCells(String csv) {
        List<String> live = new ArrayList<>();
        List<String> lines = csv.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<String> cells = new ArrayList<>(split(line, ','));
            if (line.startsWith("#")) {
                cells.addAll(split(line, ';'));
                cells.addAll(split(line, '\t'));
            }
            for (String cell : cells) {
                String trimmed = cell.replaceFirst("^ +", "");
                if (!trimmed.isEmpty() && FORMULA_STARTS.indexOf(trimmed.charAt(0)) >= 0
                        && !NUMBER.matcher(trimmed).matches()) {
                    live.add("line " + (i + 1) + ": " + cell);
                }
            }
        }
        return live;
    }

    /** The cells of one line: a cell that opens with a quote runs to its closing quote, doubled quotes kept. */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                atStart = true;
                continue;
            } else if (c == '"' && atStart) {
                quoted = true;
            } else {
                cell.append(c);
            }
            atStart = false;
        }
        cells.add(cell.toString());
        return cells;
    }
}
