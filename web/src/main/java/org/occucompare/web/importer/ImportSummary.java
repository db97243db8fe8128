package org.occucompare.web.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import loaded.
 *
 * @param sources one line per data source: its name, vintage, files and rows read
 * @param rowsWritten rows written per table
 * @param skipped files of directories and zips that were not read, with why
 * @param elapsed how long the import took
 */
public record ImportSummary(List<String> sources, Map<String, Long> rowsWritten, List<String> skipped,
        Duration elapsed) {
    public ImportSummary {
        sources = List.copyOf(sources);
        rowsWritten = Map.copyOf(rowsWritten);
        skipped = List.copyOf(skipped);
    }

    /** The summary as lines for the terminal. */
    public String render() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Imported in %.1f s:%n",
                elapsed.toMillis() / 1000.0));
        sources.forEach(s -> out.append("  ").append(s).append(System.lineSeparator()));
        out.append("  rows per table:");
        new TreeMap<>(rowsWritten).forEach((table, n) -> out.append(String.format(Locale.ROOT, " %s %,d;", table, n)));
        out.append(System.lineSeparator());
        if (!skipped.isEmpty()) {
            // "dir/Work Styles.txt (O*NET file OccuCompare does not use)": grouped by reason, file names only
            Map<String, List<String>> byReason = new TreeMap<>();
            for (String note : skipped) {
                int open = note.lastIndexOf(" (");
                String file = open < 0 ? note : note.substring(0, open);
                String reason = open < 0 ? "skipped" : note.substring(open + 2, note.length() - 1);
                byReason.computeIfAbsent(reason, r -> new ArrayList<>())
                        .add(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
            }
            byReason.forEach((reason, files) -> out.append(String.format(Locale.ROOT, "  skipped %d file(s), %s: %s%n",
                    files.size(), reason, String.join(", ", files))));
        }
        return out.toString();
    }
}
