package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A chart with nothing to draw, laid out like the others so an image, an SVG or a PDF still reads on its own: the
 * title, a framed message saying why there are no figures and how to get them, and the caption with the sources.
 * Never an empty plot or an axis over nothing. Immutable.
 *
 * @param title the chart's title, never null
 * @param message why there is nothing to draw, never null
 * @param caption the caption's paragraphs, never null
 */
record NoticeChart(String title, String message, List<String> caption) {
    NoticeChart {
        requireNonNull(title, "title is null");
        requireNonNull(message, "message is null");
        caption = List.copyOf(requireNonNull(caption, "caption is null"));
    }

    /**
     * Lays the notice out at a size; the page is as tall as its content.
     *
     * @param size the printed size, never null
     * @return the laid-out notice, never null
     */
    Scene layout(FigureSize size) {
        Metrics m = Metrics.of(size);
        Scene.Builder out = new Scene.Builder();
        double width = size.widthPt();
        double x0 = m.pad();
        double inner = width - 2 * m.pad();
        double y = m.pad();

        y = SceneText.title(title, m, x0, y, inner, out) + 2 * m.gap();

        double padding = m.columnGap();
        TextBlock text = Typesetter.wrap(message, ChartFonts.plain(m.type().heading()), inner - 2 * padding);
        double boxHeight = text.height() + 2 * padding;
        out.add(SceneMark.stroked(Role.GRID, new Rectangle2D.Double(x0, y, inner, boxHeight), ChartStyle.MUTED,
                Glyphs.line(m.hairline() * 2)));
        out.add(new SceneText(Role.ANNOTATION, text, ChartStyle.INK, x0 + padding, y + padding,
                inner - 2 * padding, SceneText.Align.LEFT));
        y += boxHeight + 2 * m.gap();

        y = SceneText.caption(caption, m, x0, y, inner, out) + m.pad();
        return out.build(width, y);
    }
}
