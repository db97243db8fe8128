package org.occucompare.web.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SampleComparisons;

/**
 * Writes every chart kind in every format at every preset for three comparisons of the bundled sample — the old
 * gallery's 3 × 2 (nurses, LPNs and chief executives in US and CA), the issue's 4 × 3 and the largest, 10 × 5 — into a
 * directory, and prints each file's size, to look at them and to measure them (docs/performance.md, "Chart files"):
 * {@code java -cp … org.occucompare.web.chart.ChartGallery DIR}. Not a test.
 */
public final class ChartGallery {
    private ChartGallery() {
    }

    /**
     * Writes the charts.
     *
     * @param args the output directory
     * @throws Exception if a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Map<String, Comparison> comparisons = Map.of(
                "3x2", SampleComparisons.compare(List.of("29-1141.00", "29-2061.00", "11-1011.00"), "US", "CA"),
                "4x3", ChartLayoutTest.ISSUE, "10x5", ChartLayoutTest.LARGEST);
        for (String name : List.of("3x2", "4x3", "10x5")) {
            for (ChartKind kind : ChartKind.values()) {
                for (FigureSize.Preset preset : FigureSize.Preset.values()) {
                    for (ChartFormat format : ChartFormat.values()) {
                        byte[] chart = ChartRenderer.render(comparisons.get(name), kind, format, preset.size());
                        String file = name + "-" + kind.id() + "-" + preset.id() + "." + format.extension();
                        Files.write(dir.resolve(file), chart);
                        System.out.printf(Locale.ROOT, "%-28s %,9d bytes%n", file, chart.length);
                    }
                }
            }
        }
    }
}
