package org.occucompare.web.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures and wraps text the way the painters draw it: anti-aliased, with fractional metrics, in points. Long text
 * is wrapped at spaces, never cut; a word longer than the line is broken between letters. Stateless and thread-safe.
 */
final class Typesetter {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final double LEADING = 1.08;

    private Typesetter() {
    }

    /**
     * The advance width of text.
     *
     * @param text the text, never null
     * @param font the font, never null
     * @return the width in points
     */
    static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, FRC).getWidth();
    }

    /**
     * Text on one line, however long.
     *
     * @param text the text, never null
     * @param font the font, never null
     * @return the block, never null
     */
    static TextBlock line(String text, Font font) {
        return block(List.of(text), font);
    }

    /**
     * Text wrapped to a width.
     *
     * @param text the text; spaces separate words, and a newline forces a break; never null
     * @param font the font, never null
     * @param maxWidth the width in points
     * @return the block, never null
     */
    static TextBlock wrap(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font) > maxWidth && rest.length() > 1) {
                    int fit = 1;
                    while (fit < rest.length() && width(rest.substring(0, fit + 1), font) <= maxWidth) {
                        fit++;
                    }
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return block(lines, font);
    }

    private static TextBlock block(List<String> lines, Font font) {
        LineMetrics metrics = font.getLineMetrics("Ágy", FRC);
        double ascent = metrics.getAscent();
        double descent = metrics.getDescent();
        return new TextBlock(lines, lines.stream().map(l -> width(l, font)).toList(), font, ascent, descent,
                (ascent + descent) * LEADING);
    }
}
