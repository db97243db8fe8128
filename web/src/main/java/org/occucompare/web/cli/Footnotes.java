package org.occucompare.web.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Numbered notes under a terminal table, so a cell can say why it is "n/a" without widening the table: the same
 * note gets the same number. Not thread-safe.
 */
final class Footnotes {
    private final List<String> notes = new ArrayList<>();

    /**
     * The mark of a cell's notes, numbering notes not seen before.
     *
     * @param cellNotes the cell's notes, never null
     * @return such as " [1]" or " [1, 2]", empty without notes; never null
     */
    String mark(List<String> cellNotes) {
        if (cellNotes.isEmpty()) {
            return "";
        }
        return cellNotes.stream().map(n -> {
            int i = notes.indexOf(n);
            if (i < 0) {
                notes.add(n);
                i = notes.size() - 1;
            }
            return String.valueOf(i + 1);
        }).distinct().collect(Collectors.joining(", ", " [", "]"));
    }

    /** Prints the notes, one a line, by number. */
    void print(PrintWriter out) {
        for (int i = 0; i < notes.size(); i++) {
            out.println("[" + (i + 1) + "] " + notes.get(i));
        }
    }
}
