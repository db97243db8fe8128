package org.occucompare.web.cli;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;
import org.occucompare.web.chart.FigureSize;
import picocli.CommandLine.Option;

/** The printed size of charts, shared by {@code compare} and {@code batch}: a preset, a width, a resolution. */
final class FigureOptions {
    @Option(names = "--size", paramLabel = "PRESET",
            description = "Chart size: screen (default: 1000 px at 96 dpi), single (a journal column, 89 mm at 300 dpi)"
                    + " or double (183 mm at 300 dpi).")
    private @Nullable String preset;

    @Option(names = "--width-mm", paramLabel = "MM",
            description = "Printed chart width in millimetres, 50 to 500, such as 89 or 183; the PDF and SVG page has"
                    + " that width and the type is 7 to 9 pt at journal widths.")
    private @Nullable Double widthMm;

    @Option(names = "--dpi", paramLabel = "N",
            description = "PNG resolution in dots per inch, 48 to 1200 (default: 96 on screen, 300 for print).")
    private @Nullable Integer dpi;

    @Option(names = "--scale", paramLabel = "N",
            description = "Instead of a size: scale factor of the screen PNG, 0.5 to 4 (3 is 288 dpi).")
    private @Nullable Double scale;

    /** Whether any of the options was given. */
    private boolean given() {
        return Stream.of(preset, widthMm, dpi, scale).anyMatch(o -> o != null);
    }

    /**
     * The size asked for a command's chart, for {@code show} and {@code compare}, which draw one only with
     * {@code --chart}.
     *
     * @param charted whether the command draws a chart
     * @return the size, the screen size when nothing was given; never null
     * @throws OccupationException {@code INVALID_INPUT} when a size is given without a chart to size, or naming the
     *     option that is wrong
     */
    FigureSize sizeOfChart(boolean charted) {
        if (!charted && given()) {
            throw OccupationException.invalidInput("--size, --width-mm, --dpi and --scale size a chart: add --chart"
                    + " KIND --out FILE.");
        }
        return size();
    }

    /**
     * The size asked for.
     *
     * @return the size, the screen size when nothing was given; never null
     * @throws OccupationException {@code INVALID_INPUT} naming the option that is wrong
     */
    FigureSize size() {
        try {
            return FigureSize.of(Optional.ofNullable(preset).map(FigureSize.Preset::parse),
                    widthMm == null ? OptionalDouble.empty() : OptionalDouble.of(widthMm),
                    dpi == null ? OptionalInt.empty() : OptionalInt.of(dpi),
                    scale == null ? OptionalDouble.empty() : OptionalDouble.of(scale));
        } catch (OccupationException e) {
            throw OccupationException.invalidInput(e.getMessage() + " (--size, --width-mm, --dpi, --scale)");
        }
    }
}
