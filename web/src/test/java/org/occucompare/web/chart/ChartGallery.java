package org.occucompare.web.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SampleComparisons;

/**
 * Writes every chart kind in every format for one comparison of the bundled sample into a directory, to look at
 * them (the test classpath has the sample): {@code java -cp … org.occucompare.web.chart.ChartGallery DIR}. Not a test.
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
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "29-2061.00", "11-1011.00"), "US", "CA");
        for (ChartKind kind : ChartKind.values()) {
            for (ChartFormat format : ChartFormat.values()) {
                Files.write(dir.resolve(kind.id() + "." + format.extension()),
                        ChartRenderer.render(c, kind, format, 1));
            }
        }
    }
}
