package org.occucompare.web.cli;

import java.util.Locale;

/** The output formats of the commands that print data. Each command's help says which it accepts. */
public enum OutputFormat {
    /** Aligned, human-readable text for a terminal. */
    TEXT,
    /** JSON, for programs. */
    JSON,
    /** CSV with a header row, for spreadsheets and statistics packages. */
    CSV;

    /** The name as typed on the command line, such as {@code text}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
