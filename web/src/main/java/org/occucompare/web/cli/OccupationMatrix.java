package org.occucompare.web.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVPrinter;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.RateType;
import org.occucompare.web.export.CsvCells;

/**
 * Writes an occupation × occupation matrix as CSV: a commented header, a row of codes, then one row per occupation
 * with its code, title and one cell per column occupation.
 */
final class OccupationMatrix {
    private final List<OccupationCode> codes;
    private final Map<OccupationCode, String> titles;

    OccupationMatrix(List<OccupationCode> codes, Map<OccupationCode, String> titles) {
        this.codes = List.copyOf(codes);
        this.titles = Map.copyOf(titles);
    }

    void writeSimilarity(SimilarityIndex index, List<String> header, Writer out) throws IOException {
        write(header, out, (a, b) -> round(index.score(codes.get(a), codes.get(b)), 10_000));
    }

    void writeDifferences(double[] values, double roundTo, List<String> header, Writer out) throws IOException {
        write(header, out, (a, b) -> Double.isNaN(values[a]) || Double.isNaN(values[b]) ? Double.NaN
                : round(values[b] - values[a], roundTo));
    }

    /** Each occupation's median annual wage at a place, NaN where unpublished or top-coded. */
    double[] medians(Map<OccupationCode, Occupation> data, Location place) {
        double[] values = new double[codes.size()];
        for (int i = 0; i < values.length; i++) {
            Occupation o = data.get(codes.get(i));
            OptionalDouble median = o == null ? OptionalDouble.empty() : o.wages()
                    .flatMap(w -> w.find(place, RateType.ANNUAL)).map(e -> e.median().value())
                    .orElse(OptionalDouble.empty());
            values[i] = median.orElse(Double.NaN);
        }
        return values;
    }

    /** Each occupation's projected change in percent at a place (the nation or a state), NaN where unpublished. */
    double[] growth(Map<OccupationCode, Occupation> data, Location place) {
        double[] values = new double[codes.size()];
        for (int i = 0; i < values.length; i++) {
            Occupation o = data.get(codes.get(i));
            OptionalDouble change = o == null ? OptionalDouble.empty() : o.projections().flatMap(p -> p.rows()
                    .stream().filter(r -> r.area().equals(place)).findFirst()).map(ProjectionRow::percentChange)
                    .orElse(OptionalDouble.empty());
            values[i] = change.orElse(Double.NaN);
        }
        return values;
    }

    private void write(List<String> header, Writer out, Cell cell) throws IOException {
        String[] columns = new String[codes.size() + 2];
        columns[0] = "code";
        columns[1] = "title";
        for (int i = 0; i < codes.size(); i++) {
            columns[i + 2] = codes.get(i).value();
        }
        CSVPrinter printer = new CSVPrinter(out, CsvCells.format(header, columns));
        String[] row = new String[codes.size() + 2];
        for (int a = 0; a < codes.size(); a++) {
            row[0] = codes.get(a).value();
            row[1] = CsvCells.text(titles.getOrDefault(codes.get(a), ""));
            for (int b = 0; b < codes.size(); b++) {
                double v = cell.value(a, b);
                row[b + 2] = Double.isNaN(v) ? "" : CsvCells.number(v);
            }
            printer.printRecord((Object[]) row);
        }
        printer.flush();
    }

    private static double round(double value, double per) {
        return Math.round(value * per) / per + 0.0;
    }

    /** The value of one cell. */
    @FunctionalInterface
    private interface Cell {
        double value(int row, int column);
    }
}
