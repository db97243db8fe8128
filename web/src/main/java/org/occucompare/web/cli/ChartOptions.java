package org.occucompare.web.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.web.chart.ChartFormat;
import org.occucompare.web.chart.ChartKind;
import org.occucompare.web.chart.ChartRenderer;
import org.occucompare.web.chart.FigureSize;
import org.occucompare.web.compare.Comparison;
import picocli.CommandLine.Option;

/**
 * {@code --chart KIND --out FILE}: the two go together, shared by {@code compare} and {@code show}. The file's
 * extension picks the format: {@code .png}, {@code .svg} or {@code .pdf}, or {@code .csv} for the table a profile
 * chart (industries, attainment, interests) draws.
 */
final class ChartOptions {
    @Option(names = "--chart", paramLabel = "KIND", required = true,
            description = "Also draw a chart: wages, locations, growth or skills (of a comparison), or industries,"
                    + " attainment or interests (each occupation's own figures).")
    private String kind = "";

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the chart: .png, .svg or .pdf; .csv writes the table of industries,"
                    + " attainment or interests.")
    private Path out = Path.of("chart.png");

    /** The kind asked for; throws {@code INVALID_INPUT} naming the known kinds. */
    ChartKind kind() {
        return ChartKind.parse(kind);
    }

    /** Checks the kind and the file's extension before any work, so a typo costs no fetch. */
    void validate() {
        ChartKind chart = kind();
        if (!isCsv()) {
            ChartFormat.ofFile(out);
        } else if (chart.profileSection().isEmpty()) {
            throw OccupationException.invalidInput("Only the industries, attainment and interests charts write"
                    + " their table as .csv: for the " + chart.id() + " chart's figures use --format csv.");
        }
    }

    /**
     * Writes the chart of a comparison.
     *
     * @return a line for standard error saying what was written, never null
     */
    String write(Comparison comparison, FigureSize size) {
        ChartKind chart = kind();
        return write(isCsv() ? ChartRenderer.table(comparison.occupations(), chart).csv()
                .getBytes(StandardCharsets.UTF_8) : ChartRenderer.render(comparison, chart, ChartFormat.ofFile(out),
                        size));
    }

    /**
     * Writes a profile chart of occupations.
     *
     * @return a line for standard error saying what was written, never null
     * @throws OccupationException {@code INVALID_INPUT} for a chart of a comparison
     */
    String write(List<Occupation> occupations, FigureSize size) {
        ChartKind chart = kind();
        return write(isCsv() ? ChartRenderer.table(occupations, chart).csv().getBytes(StandardCharsets.UTF_8)
                : ChartRenderer.render(occupations, chart, ChartFormat.ofFile(out), size));
    }

    private boolean isCsv() {
        return String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private String write(byte[] bytes) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, bytes);
        } catch (IOException e) {
            throw new OccupationException(ErrorKind.UPSTREAM, "Could not write " + out + " (" + e.getMessage()
                    + "): check that its directory is writable.", e);
        }
        return "Wrote the " + kind() + (isCsv() ? " chart's table to " : " chart to ") + out + ".";
    }
}
