package org.occucompare.web.ui;

import static java.util.Objects.requireNonNull;

import org.occucompare.core.model.WageAmount;

/**
 * One figure of a table as shown: its text and, when it is not a plain figure, why (top-coded, or the reason it is
 * missing), which pages show as a visible marker with the reason in a {@code title}.
 *
 * @param text the figure as text, such as "$93,600", "≥ $239,200" or "n/a"; never null
 * @param note why it is not a plain figure, or empty; never null
 */
public record Cell(String text, String note) {

    /** Validates. */
    public Cell {
        requireNonNull(text, "text is null");
        requireNonNull(note, "note is null");
    }

    /**
     * The cell of a wage amount.
     *
     * @param amount the amount, never null
     * @return the cell, never null
     */
    public static Cell of(WageAmount amount) {
        return new Cell(Formats.wage(amount), Formats.wageNote(amount));
    }

    /**
     * A plain cell.
     *
     * @param text the text, never null
     * @return the cell, never null
     */
    public static Cell plain(String text) {
        return new Cell(text, "");
    }

    /** Whether the figure is marked (top-coded or missing). */
    public boolean marked() {
        return !note.isEmpty();
    }
}
