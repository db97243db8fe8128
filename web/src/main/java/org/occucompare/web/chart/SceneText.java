package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A block of text placed on a chart. Each line is aligned within the column from {@code x} to {@code x + width}.
 *
 * @param role what it is, never null
 * @param text the lines and their font, never null
 * @param colour the text colour, never null
 * @param x the left edge of the column, in points
 * @param y the top of the first line, in points
 * @param width the width of the column the lines are aligned in, in points
 * @param align how each line sits in the column, never null
 */
record SceneText(Role role, TextBlock text, Color colour, double x, double y, double width, Align align)
        implements SceneElement {
    SceneText {
        requireNonNull(role, "role is null");
        requireNonNull(text, "text is null");
        requireNonNull(colour, "colour is null");
        requireNonNull(align, "align is null");
    }

    /**
     * Adds a chart's title, wrapped to the width, at the top left of its content.
     *
     * @param title the title, never null
     * @param m the chart's lengths, never null
     * @param x the left edge in points
     * @param y the top edge in points
     * @param width the width available in points
     * @param out where the part goes, never null
     * @return the bottom edge of the title
     */
    static double title(String title, Metrics m, double x, double y, double width, Scene.Builder out) {
        TextBlock heading = Typesetter.wrap(title, ChartFonts.bold(m.type().title()), width);
        out.add(new SceneText(Role.TITLE, heading, ChartStyle.INK, x, y, width, Align.LEFT));
        return y + heading.height();
    }

    /**
     * Adds a chart's caption under its content, a paragraph a line, wrapped to the width.
     *
     * @param caption the paragraphs, never null
     * @param m the chart's lengths, never null
     * @param x the left edge in points
     * @param y the top edge in points
     * @param width the width available in points
     * @param out where the part goes, never null
     * @return the bottom edge of the caption
     */
    static double caption(List<String> caption, Metrics m, double x, double y, double width, Scene.Builder out) {
        TextBlock block = Typesetter.wrap(String.join("\n", caption), ChartFonts.plain(m.type().caption()), width);
        out.add(new SceneText(Role.CAPTION, block, ChartStyle.MUTED, x, y, width, Align.LEFT));
        return y + block.height();
    }

    /** Where a line sits in its column. */
    enum Align {
        /** Flush left. */
        LEFT,
        /** Centred. */
        CENTRE,
        /** Flush right. */
        RIGHT
    }

    /** The left edge of line {@code i}. */
    double lineX(int i) {
        double slack = width - text.widths().get(i);
        return switch (align) {
            case LEFT -> x;
            case CENTRE -> x + slack / 2;
            case RIGHT -> x + slack;
        };
    }

    /** The baseline of line {@code i}. */
    double baseline(int i) {
        return y + text.ascent() + i * text.lineHeight();
    }

    @Override
    public Rectangle2D bounds() {
        double w = text.width();
        double left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x + (width - w) / 2;
            case RIGHT -> x + width - w;
        };
        return new Rectangle2D.Double(left, y, w, text.height());
    }
}
