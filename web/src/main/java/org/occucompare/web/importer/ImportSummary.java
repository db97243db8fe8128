package org.occucompare.web.importer;

import java.time.Duration;
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
            out.append("  skipped ").append(skipped.size()).append(" file(s): ").append(String.join("; ", skipped))
                    .append(System.lineSeparator());
        }
        return out.toString();
    }
}
