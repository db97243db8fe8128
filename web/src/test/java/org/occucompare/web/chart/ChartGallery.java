package org.occucompare.web.chart;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every chart kind in every format at every preset, for the issue's comparison (4 occupations × CA, TX, NY)
 * and the largest one (10 × 5) of the bundled sample, into a directory, to look at them (the test classpath has the
 * sample): {@code java -cp … org.occucompare.web.chart.ChartGallery DIR}. Not a test.
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
        for (ChartKind kind : ChartKind.values()) {
            for (FigureSize.Preset preset : FigureSize.Preset.values()) {
                for (ChartFormat format : ChartFormat.values()) {
                    String name = kind.id() + "-" + preset.id() + "." + format.extension();
                    Files.write(dir.resolve("4x3-" + name), ChartRenderer.render(ChartLayoutTest.ISSUE, kind, format,
                            preset.size()));
                    Files.write(dir.resolve("10x5-" + name), ChartRenderer.render(ChartLayoutTest.LARGEST, kind,
                            format, preset.size()));
                }
            }
        }
    }
}
