package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A chart laid out: the page size and every part on it with its box, in points. The painters draw it as it is, and
 * tests ask it layout questions (is the legend inside the page, does a label cover a mark, how small is the type)
 * without looking at pixels. Immutable.
 *
 * @param width the page width in points
 * @param height the page height in points
 * @param elements the parts in painting order (by {@link Role}), never null
 * @param plotAreas the boxes the data are drawn in, one per panel and group of rows; never null
 * @param legend the legend's box, or empty when the chart has none; never null
 * @param rows each row's label and band, top to bottom; never null
 * @param axes each panel's axis and where it runs, left to right; never null
 */
record Scene(double width, double height, List<SceneElement> elements, List<Rectangle2D> plotAreas,
        Optional<Rectangle2D> legend, List<RowBand> rows, List<AxisSpan> axes) {
    Scene {
        elements = List.copyOf(requireNonNull(elements, "elements is null"));
        plotAreas = List.copyOf(requireNonNull(plotAreas, "plotAreas is null"));
        requireNonNull(legend, "legend is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        axes = List.copyOf(requireNonNull(axes, "axes is null"));
    }

    /**
     * A row's place on the page.
     *
     * @param label the row's label, never null
     * @param group the heading of its group, or empty; never null
     * @param top the top of its band, in points
     * @param bottom the bottom of its band, in points
     */
    record RowBand(String label, Optional<String> group, double top, double bottom) {
        RowBand {
            requireNonNull(label, "label is null");
            requireNonNull(group, "group is null");
        }

        /** Whether a part's centre lies in the band. */
        boolean holds(SceneElement e) {
            double y = e.bounds().getCenterY();
            return y >= top && y <= bottom;
        }
    }

    /**
     * A panel's axis and where its minimum and maximum are drawn.
     *
     * @param axis the axis, never null
     * @param left where its minimum is, in points
     * @param right where its maximum is, in points
     */
    record AxisSpan(Axis axis, double left, double right) {
        AxisSpan {
            requireNonNull(axis, "axis is null");
        }

        /** The value at a position: the inverse of {@link Axis#position}. */
        double value(double x) {
            return axis.min() + (x - left) / (right - left) * (axis.max() - axis.min());
        }
    }

    /** The page's box. */
    Rectangle2D page() {
        return new Rectangle2D.Double(0, 0, width, height);
    }

    /** Every text part; never null. */
    List<SceneText> texts() {
        return elements.stream().filter(SceneText.class::isInstance).map(SceneText.class::cast).toList();
    }

    /**
     * The text parts of one kind.
     *
     * @param role the kind, never null
     * @return the parts in order, never null
     */
    List<SceneText> texts(Role role) {
        return texts().stream().filter(t -> t.role() == role).toList();
    }

    /**
     * The shapes of one kind.
     *
     * @param role the kind, never null
     * @return the shapes in order, never null
     */
    List<SceneMark> marks(Role role) {
        return elements.stream().filter(e -> e.role() == role && e instanceof SceneMark).map(SceneMark.class::cast)
                .toList();
    }

    /** Collects parts in any order; {@link #build} puts them in painting order. Not thread-safe. */
    static final class Builder {
        private final List<SceneElement> elements = new ArrayList<>();
        private final List<Rectangle2D> plotAreas = new ArrayList<>();
        private Optional<Rectangle2D> legend = Optional.empty();
        private final List<RowBand> rows = new ArrayList<>();
        private final List<AxisSpan> axes = new ArrayList<>();

        Builder add(SceneElement element) {
            elements.add(requireNonNull(element, "element is null"));
            return this;
        }

        Builder plotArea(Rectangle2D area) {
            plotAreas.add(area);
            return this;
        }

        Builder legend(Rectangle2D box) {
            legend = Optional.of(box);
            return this;
        }

        Builder row(RowBand row) {
            rows.add(row);
            return this;
        }

        Builder axis(AxisSpan axis) {
            axes.add(axis);
            return this;
        }

        /** The scene, its height rounded up to a whole point. */
        Scene build(double width, double contentHeight) {
            double height = Math.ceil(contentHeight);
            List<SceneElement> ordered = new ArrayList<>();
            ordered.add(SceneMark.filled(Role.BACKGROUND, new Rectangle2D.Double(0, 0, width, height),
                    Color.WHITE));
            ordered.addAll(elements);
            ordered.sort(Comparator.comparing(SceneElement::role)); // stable: the order within a role stays
            return new Scene(width, height, ordered, plotAreas, legend, rows, axes);
        }
    }
}
