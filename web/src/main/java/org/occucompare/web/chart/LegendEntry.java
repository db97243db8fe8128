package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * One legend entry: a sample of the mark and what it stands for.
 *
 * @param text what the mark stands for, never null
 * @param key draws the sample into its box, never null
 */
record LegendEntry(String text, Key key) {
    LegendEntry {
        requireNonNull(text, "text is null");
        requireNonNull(key, "key is null");
    }

    /** Draws the sample of a mark into a box. */
    @FunctionalInterface
    interface Key {
        /**
         * The sample's shapes.
         *
         * @param box where to draw, in points; never null
         * @param metrics the chart's lengths, never null
         * @return the shapes, with role {@link Role#LEGEND_KEY}; never null
         */
        List<SceneMark> draw(Rectangle2D box, Metrics metrics);
    }

    /**
     * Lays entries out in rows across a width, wrapping to a new row where the next entry does not fit and wrapping
     * an entry's own text when it is wider than the whole width, so nothing is ever cut or drawn off the page.
     *
     * @param entries the entries, never null
     * @param left the left edge in points
     * @param top the top edge in points
     * @param width the width available in points
     * @param m the chart's lengths, never null
     * @param out where the parts go, never null
     * @return the bottom edge of the legend, {@code top} when there are no entries
     */
    static double layout(List<LegendEntry> entries, double left, double top, double width, Metrics m,
            Scene.Builder out) {
        if (entries.isEmpty()) {
            return top;
        }
        Font font = ChartFonts.plain(m.type().body());
        double keyWidth = m.marker() * 2.6;
        double keyHeight = m.lanePitch();
        double keyGap = m.type().body() * 0.4;
        double entryGap = m.type().body() * 1.2;
        double x = left;
        double y = top;
        double rowHeight = 0;
        double right = left;
        for (LegendEntry e : entries) {
            TextBlock text = Typesetter.wrap(e.text(), font, width - keyWidth - keyGap);
            double w = keyWidth + keyGap + text.width();
            double h = Math.max(keyHeight, text.height());
            if (x > left && x + w > left + width) {
                y += rowHeight + m.gap() * 0.5;
                x = left;
                rowHeight = 0;
            }
            Rectangle2D key = new Rectangle2D.Double(x, y + (h - keyHeight) / 2, keyWidth, keyHeight);
            e.key().draw(key, m).forEach(out::add);
            out.add(new SceneText(Role.LEGEND_TEXT, text, ChartStyle.INK, x + keyWidth + keyGap,
                    y + (h - text.height()) / 2, text.width(), SceneText.Align.LEFT));
            right = Math.max(right, x + w);
            x += w + entryGap;
            rowHeight = Math.max(rowHeight, h);
        }
        double bottom = y + rowHeight;
        out.legend(new Rectangle2D.Double(left, top, right - left, bottom - top));
        return bottom;
    }
}
