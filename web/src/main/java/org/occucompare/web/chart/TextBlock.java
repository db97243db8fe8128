package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Font;
import java.util.List;

/**
 * Lines of text set in one font, measured: what a text part of a chart holds before it is placed. Immutable.
 *
 * @param lines the lines, never null
 * @param widths the advance width of each line in points, never null
 * @param font the font, its size in points; never null
 * @param ascent the font's ascent in points
 * @param descent the font's descent in points
 * @param lineHeight the distance between two baselines, in points
 */
record TextBlock(List<String> lines, List<Double> widths, Font font, double ascent, double descent,
        double lineHeight) {
    TextBlock {
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
        widths = List.copyOf(requireNonNull(widths, "widths is null"));
        requireNonNull(font, "font is null");
        if (lines.size() != widths.size()) {
            throw new IllegalArgumentException("one width per line");
        }
    }

    /** The widest line's width in points. */
    double width() {
        return widths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** From the first line's top to the last line's bottom, in points; 0 without lines. */
    double height() {
        return lines.isEmpty() ? 0 : (lines.size() - 1) * lineHeight + ascent + descent;
    }

    /** The font size in points. */
    double points() {
        return font.getSize2D();
    }

    /** The text on one line, for tests and metadata. */
    String text() {
        return String.join(" ", lines);
    }
}
