package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The layout every chart kind shares: labelled rows, in groups with headings, across one or more panels side by
 * side, each with its own value axis. From the top: the title, the legend (wrapped into as many rows as it needs),
 * the rows, the axes, the caption. Row labels sit in a margin left of the plot and remarks in a margin right of it,
 * both wrapped, so no text is cut and none is drawn over the data; the page is as tall as its content.
 *
 * @param <T> what a row holds for its marks
 * @param title the chart title, never null
 * @param legend the legend entries, never null
 * @param groups the rows in groups, never null
 * @param panels the panels, left to right, at least one; never null
 * @param lanes the lanes of marks in every row (one per series), at least one
 * @param caption the caption's paragraphs, never null
 */
record RowChart<T>(String title, List<LegendEntry> legend, List<Group<T>> groups, List<Panel<T>> panels, int lanes,
        List<String> caption) {
    /** The widest the label column may be, as a share of the page's inner width. */
    static final double LABEL_SHARE = 0.36;
    /** The widest the remark column may be, as a share of the page's inner width. */
    static final double REMARK_SHARE = 0.18;
    /** The least share of the page's inner width the plots keep; the label and remark columns give way. */
    static final double MIN_PLOT_SHARE = 0.5;
    /** The narrowest a panel may be beside another, in letters (body sizes); narrower panels are stacked. */
    static final double MIN_PANEL_EMS = 9;

    RowChart {
        requireNonNull(title, "title is null");
        legend = List.copyOf(requireNonNull(legend, "legend is null"));
        groups = List.copyOf(requireNonNull(groups, "groups is null"));
        panels = List.copyOf(requireNonNull(panels, "panels is null"));
        caption = List.copyOf(requireNonNull(caption, "caption is null"));
        if (panels.isEmpty() || lanes < 1) {
            throw new IllegalArgumentException("a row chart needs a panel and a lane");
        }
    }

    /**
     * A row: its label and what its marks are drawn from.
     *
     * @param <T> what the row holds
     * @param label the label, in the left margin; never null
     * @param datum what the marks are drawn from, never null
     * @param remark a remark in the right margin, such as "≥ $239,200", or null
     */
    record Row<T>(String label, T datum, @Nullable String remark) {
        Row {
            requireNonNull(label, "label is null");
            requireNonNull(datum, "datum is null");
        }
    }

    /**
     * Rows under a heading.
     *
     * @param <T> what a row holds
     * @param heading the heading, or empty for none; never null
     * @param rows the rows, never null
     */
    record Group<T>(Optional<String> heading, List<Row<T>> rows) {
        Group {
            requireNonNull(heading, "heading is null");
            rows = List.copyOf(requireNonNull(rows, "rows is null"));
        }
    }

    /**
     * A panel: an axis and how a row's marks are drawn on it.
     *
     * @param <T> what a row holds
     * @param axis fits the axis to the panel's width, never null
     * @param marks draws a row's marks, never null
     * @param zeroLine whether to draw a line at zero (for values that can be negative)
     */
    record Panel<T>(AxisFit axis, Marks<T> marks, boolean zeroLine) {
        Panel {
            requireNonNull(axis, "axis is null");
            requireNonNull(marks, "marks is null");
        }
    }

    /** Builds a panel's axis once its width is known, so its ticks can be as dense as their labels allow. */
    @FunctionalInterface
    interface AxisFit {
        /**
         * The axis.
         *
         * @param tickFont the tick label font, never null
         * @param length the axis length in points
         * @return the axis, never null
         */
        Axis fit(Font tickFont, double length);
    }

    /** Draws one row's marks in one panel. */
    @FunctionalInterface
    interface Marks<T> {
        /**
         * Adds the marks ({@link Role#DATA}); a row with nothing to draw says why in its remark.
         *
         * @param datum the row's datum, never null
         * @param band where to draw, never null
         * @param out where the parts go, never null
         */
        void draw(T datum, Band band, Scene.Builder out);
    }

    /**
     * Where a row's marks go in one panel.
     *
     * @param axis the panel's axis, never null
     * @param left where the axis minimum is, in points
     * @param right where the axis maximum is, in points
     * @param top the top of the first lane
     * @param pitch the height of a lane
     * @param metrics the chart's lengths, never null
     */
    record Band(Axis axis, double left, double right, double top, double pitch, Metrics metrics) {
        /** The position of a value. */
        double x(double value) {
            return axis.position(value, left, right);
        }

        /** The centre line of a lane. */
        double y(int lane) {
            return top + (lane + 0.5) * pitch;
        }

        /**
         * Draws each lane's figure as a stem from a base to it ending in the lane's marker ({@link Role#DATA}); a
         * lane without a figure gets no mark, never one at zero.
         *
         * @param styles the look of each lane, never null
         * @param values each lane's figure, or empty; never null, as long as {@code styles}
         * @param base where the stems start, such as 0 or the bottom of a rating scale
         * @param out where the marks go, never null
         */
        void stems(List<SeriesStyle> styles, List<OptionalDouble> values, double base, Scene.Builder out) {
            for (int i = 0; i < styles.size(); i++) {
                OptionalDouble v = values.get(i);
                if (v.isEmpty()) {
                    continue;
                }
                double x = x(v.getAsDouble());
                out.add(Glyphs.stem(Role.DATA, styles.get(i), x(base), x, y(i), metrics));
                out.add(Glyphs.marker(Role.DATA, styles.get(i), x, y(i), metrics));
            }
        }

    }

    /**
     * Lays the chart out at a size. The panels stand side by side where each gets at least {@value #MIN_PANEL_EMS}
     * letters of width, else one below the other, each with its own rows and axis; the label and remark columns
     * give way so the plots keep at least half the width.
     *
     * @param size the printed size, never null
     * @return the laid-out chart, never null
     */
    Scene layout(FigureSize size) {
        Metrics m = Metrics.of(size);
        TypeScale type = m.type();
        Scene.Builder out = new Scene.Builder();
        double width = size.widthPt();
        double x0 = m.pad();
        double inner = width - 2 * m.pad();
        double y = m.pad();

        y = SceneText.title(title, m, x0, y, inner, out) + m.gap();
        if (!legend.isEmpty()) {
            y = LegendEntry.layout(legend, x0, y, inner, m, out) + m.gap();
        }
        y += m.gap() / 2;

        Columns columns = new Columns(m, x0, inner);
        double panelGap = 2 * m.columnGap();
        double plots = columns.plotsRight - columns.plotsLeft;
        List<List<Integer>> blocks = new ArrayList<>();
        if ((plots - (panels.size() - 1) * panelGap) / panels.size() >= MIN_PANEL_EMS * type.body()) {
            blocks.add(IntStream.range(0, panels.size()).boxed().toList());
        } else {
            for (int i = 0; i < panels.size(); i++) {
                blocks.add(List.of(i));
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            y = columns.block(blocks.get(b), out, b == 0 ? y : y + 2 * m.gap());
        }
        y += m.gap();

        y = SceneText.caption(caption, m, x0, y, inner, out) + m.pad();
        return out.build(width, y);
    }

    /** The columns of the rows (labels, plots, remarks) and how a block of panels is laid out in them. */
    private final class Columns {
        private final Metrics m;
        private final Font body;
        private final double x0;
        private final double inner;
        private final double labelWidth;
        private final double remarkWidth;
        private final double plotsLeft;
        private final double plotsRight;
        private final double inset;
        private final double pitch;

        Columns(Metrics m, double x0, double inner) {
            this.m = m;
            this.body = ChartFonts.plain(m.type().body());
            this.x0 = x0;
            this.inner = inner;
            double label = column(rows().stream().map(Row::label).toList(), body, inner * LABEL_SHARE);
            double remark = column(rows().stream().map(Row::remark).filter(r -> r != null).toList(), body,
                    inner * REMARK_SHARE);
            double gaps = m.columnGap() * (remark > 0 ? 2 : 1);
            double most = inner * (1 - MIN_PLOT_SHARE) - gaps;
            double shrink = label + remark > most ? most / (label + remark) : 1;
            this.labelWidth = label * shrink;
            this.remarkWidth = remark * shrink;
            this.plotsLeft = x0 + labelWidth + m.columnGap();
            this.plotsRight = x0 + inner - (remarkWidth > 0 ? remarkWidth + m.columnGap() : 0);
            this.inset = m.marker() / 2 * Marker.EXTENT + 2 * m.hairline();
            // lanes of one row sit closer than rows, which a faint rule separates
            this.pitch = lanes == 1 ? m.lanePitch() : m.lanePitch() * 0.8;
        }

        /** Lays out every group's rows across some panels side by side, then their axes; returns the bottom. */
        double block(List<Integer> shown, Scene.Builder out, double top) {
            TypeScale type = m.type();
            double panelGap = 2 * m.columnGap();
            double panelWidth = (plotsRight - plotsLeft - (shown.size() - 1) * panelGap) / shown.size();
            List<Axis> axes = new ArrayList<>();
            for (int j = 0; j < shown.size(); j++) {
                Axis axis = panels.get(shown.get(j)).axis().fit(body, panelWidth - 2 * inset);
                axes.add(axis);
                double left = plotsLeft + j * (panelWidth + panelGap);
                out.axis(new Scene.AxisSpan(axis, left + inset, left + panelWidth - inset));
            }
            double y = top;
            for (Group<T> group : groups) {
                if (group.heading().isPresent()) {
                    TextBlock h = Typesetter.wrap(group.heading().get(), ChartFonts.bold(type.heading()), inner);
                    out.add(new SceneText(Role.GROUP_TITLE, h, ChartStyle.INK, x0, y, inner, SceneText.Align.LEFT));
                    y += h.height() + m.gap() / 2;
                }
                double groupTop = y;
                boolean first = true;
                for (Row<T> row : group.rows()) {
                    if (lanes > 1 && !first) {
                        out.add(SceneMark.stroked(Role.GRID, new Line2D.Double(x0, y, plotsRight, y),
                                ChartStyle.GUIDE, Glyphs.line(m.hairline())));
                    }
                    first = false;
                    y = row(row, group, shown, axes, panelWidth, out, y);
                }
                for (int j = 0; j < shown.size(); j++) {
                    double left = plotsLeft + j * (panelWidth + panelGap);
                    grid(out, axes.get(j), panels.get(shown.get(j)).zeroLine(), left + inset,
                            left + panelWidth - inset, groupTop, y, m);
                    out.plotArea(new Rectangle2D.Double(left, groupTop, panelWidth, y - groupTop));
                }
                y += m.gap();
            }
            y -= m.gap();
            double bottom = y;
            for (int j = 0; j < shown.size(); j++) {
                double left = plotsLeft + j * (panelWidth + panelGap);
                bottom = Math.max(bottom, axis(out, axes.get(j), left, panelWidth, inset, panelGap, y, x0,
                        x0 + inner, m));
            }
            return bottom;
        }

        /** Lays out one row: its label, its remark, its marks in each panel; returns the row's bottom. */
        private double row(Row<T> row, Group<T> group, List<Integer> shown, List<Axis> axes, double panelWidth,
                Scene.Builder out, double y) {
            TextBlock label = Typesetter.wrap(row.label(), body, labelWidth);
            TextBlock remark = row.remark() == null ? null : Typesetter.wrap(row.remark(), body, remarkWidth);
            double marks = lanes * pitch;
            double band = Math.max(marks, Math.max(label.height(), remark == null ? 0 : remark.height()))
                    + m.rowGap();
            double middle = y + band / 2;
            out.add(new SceneText(Role.ROW_LABEL, label, ChartStyle.INK, x0, middle - label.height() / 2,
                    labelWidth, SceneText.Align.LEFT));
            if (remark != null) {
                out.add(new SceneText(Role.ANNOTATION, remark, ChartStyle.INK, plotsRight + m.columnGap(),
                        middle - remark.height() / 2, remarkWidth, SceneText.Align.LEFT));
            }
            double panelGap = 2 * m.columnGap();
            for (int j = 0; j < shown.size(); j++) {
                double left = plotsLeft + j * (panelWidth + panelGap);
                panels.get(shown.get(j)).marks().draw(row.datum(), new Band(axes.get(j), left + inset,
                        left + panelWidth - inset, middle - marks / 2, pitch, m), out);
            }
            out.row(new Scene.RowBand(row.label(), group.heading(), y, y + band));
            return y + band;
        }
    }

    private List<Row<T>> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }

    /** A column as wide as its widest text, but no wider than a share of the page (longer text wraps). */
    private static double column(List<String> texts, Font font, double max) {
        double widest = texts.stream().mapToDouble(t -> Typesetter.width(t, font)).max().orElse(0);
        return Math.min(widest, max);
    }

    private static void grid(Scene.Builder out, Axis axis, boolean zeroLine, double left, double right, double top,
            double bottom, Metrics m) {
        for (double tick : axis.ticks()) {
            double x = axis.position(tick, left, right);
            out.add(SceneMark.stroked(Role.GRID, new Line2D.Double(x, top, x, bottom), ChartStyle.GRID,
                    Glyphs.line(m.hairline())));
        }
        if (zeroLine && axis.min() < 0 && axis.max() > 0) {
            double x = axis.position(0, left, right);
            out.add(SceneMark.stroked(Role.AXIS, new Line2D.Double(x, top, x, bottom), ChartStyle.MUTED,
                    Glyphs.line(m.hairline() * 2)));
        }
    }

    /** Draws an axis under a panel; returns the bottom of its title. */
    private static double axis(Scene.Builder out, Axis axis, double panelLeft, double panelWidth, double inset,
            double panelGap, double y, double pageLeft, double pageRight, Metrics m) {
        Font tickFont = ChartFonts.plain(m.type().body());
        double left = panelLeft + inset;
        double right = panelLeft + panelWidth - inset;
        out.add(SceneMark.stroked(Role.AXIS, new Line2D.Double(panelLeft, y, panelLeft + panelWidth, y),
                ChartStyle.MUTED, Glyphs.line(m.hairline() * 2)));
        double labelTop = y + m.tick() + m.gap() / 3;
        double bottom = labelTop;
        double minX = Math.max(pageLeft, panelLeft - panelGap / 2);
        double maxX = Math.min(pageRight, panelLeft + panelWidth + panelGap / 2);
        for (double tick : axis.ticks()) {
            double x = axis.position(tick, left, right);
            out.add(SceneMark.stroked(Role.AXIS, new Line2D.Double(x, y, x, y + m.tick()), ChartStyle.MUTED,
                    Glyphs.line(m.hairline() * 2)));
            TextBlock label = Typesetter.line(axis.format().apply(tick), tickFont);
            double labelLeft = Math.max(minX, Math.min(maxX - label.width(), x - label.width() / 2));
            out.add(new SceneText(Role.TICK_LABEL, label, ChartStyle.INK, labelLeft, labelTop, label.width(),
                    SceneText.Align.LEFT));
            bottom = Math.max(bottom, labelTop + label.height());
        }
        TextBlock title = Typesetter.wrap(axis.title(), ChartFonts.plain(m.type().heading()), panelWidth);
        double titleTop = bottom + m.gap() / 2;
        out.add(new SceneText(Role.AXIS_TITLE, title, ChartStyle.INK, panelLeft, titleTop, panelWidth,
                SceneText.Align.CENTRE));
        return titleTop + title.height();
    }
}
