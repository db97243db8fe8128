package org.occucompare.web.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The marks charts are made of, drawn the same way in the plot and in the legend: markers, stems, wage boxes,
 * whiskers and the dashed open end of a top-coded wage. Stateless.
 */
final class Glyphs {
    /** SVG's default miter limit (Java's is 10), so SVG need not repeat it; no mark has a join sharp enough to tell. */
    private static final float MITER_LIMIT = 4;

    private Glyphs() {
    }

    /** A series' marker, outlined in a darker shade so light colours stay visible on white. */
    static SceneMark marker(Role role, SeriesStyle style, double cx, double cy, Metrics m) {
        return new SceneMark(role, style.marker().at(cx, cy, m.marker()), style.hollow() ? Color.WHITE
                : style.colour(), style.outline(), line(m.hairline() * 1.5f));
    }

    /** A median: the place's marker shape in ink, outlined in white so it stands out on the coloured box. */
    static SceneMark median(Role role, SeriesStyle style, double cx, double cy, Metrics m) {
        return new SceneMark(role, style.marker().at(cx, cy, m.marker()), ChartStyle.INK, Color.WHITE,
                line(m.hairline()));
    }

    /** A stem from a baseline to a value, in the series' colour. */
    static SceneMark stem(Role role, SeriesStyle style, double from, double to, double y, Metrics m) {
        return SceneMark.stroked(role, new Line2D.Double(from, y, to, y), style.outline(), line(m.stem()));
    }

    /** A whisker: the 10th to 90th percentile. */
    static SceneMark whisker(Role role, double from, double to, double y, Metrics m) {
        return SceneMark.stroked(role, new Line2D.Double(from, y, to, y), ChartStyle.MUTED, line(m.stem()));
    }

    /** A box: the 25th to 75th percentile, in the place's colour, outlined only when the colour is light. */
    static SceneMark box(Role role, SeriesStyle style, double from, double to, double y, Metrics m) {
        Rectangle2D box = new Rectangle2D.Double(from, y - m.box() / 2, Math.max(to - from, m.stem()), m.box());
        return style.isLight() ? new SceneMark(role, box, style.colour(), style.outline(), line(m.hairline()))
                : SceneMark.filled(role, box, style.colour());
    }

    /** The open end of a top-coded wage: a dashed line from the bound, ending in an arrowhead. */
    static List<SceneMark> openEnd(Role role, double from, double to, double y, Metrics m) {
        float dash = (float) (m.type().body() * 0.35);
        BasicStroke dashed = new BasicStroke(m.stem(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, MITER_LIMIT,
                new float[] {dash, dash * 0.7f}, 0f);
        double head = m.marker() * 0.6;
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(to, y);
        arrow.lineTo(to - head, y - head * 0.6);
        arrow.lineTo(to - head, y + head * 0.6);
        arrow.closePath();
        return List.of(SceneMark.stroked(role, new Line2D.Double(from, y, to - head, y), ChartStyle.MUTED, dashed),
                SceneMark.filled(role, arrow, ChartStyle.MUTED));
    }

    /** A solid line with butt caps and mitred joins. */
    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, MITER_LIMIT);
    }
}
