package org.occucompare.web.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table for a terminal: columns padded to their widest cell, numeric columns right-aligned,
 * two spaces between columns, a rule under the header. Not thread-safe; build one per table.
 */
final class TextTable {
    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * A table.
     *
     * @param header the column names
     * @param rightAligned per column, whether it holds numbers
     */
    TextTable(List<String> header, boolean... rightAligned) {
        this.header = List.copyOf(header);
        this.rightAligned = rightAligned.clone();
    }

    TextTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        line(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    private void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            boolean right = c < rightAligned.length && rightAligned[c];
            line.append(c == 0 ? "" : "  ").append(right ? pad + cell : cell + (c == widths.length - 1 ? "" : pad));
        }
        out.println(line.toString().stripTrailing());
    }
}
