package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.jspecify.annotations.Nullable;

/**
 * A shape, filled, stroked or both.
 *
 * @param role what it is, never null
 * @param shape the outline in points, never null
 * @param fill the fill colour, or null for none
 * @param stroke the stroke colour, or null for none
 * @param line the stroke, or null for none
 */
record SceneMark(Role role, Shape shape, @Nullable Color fill, @Nullable Color stroke, @Nullable BasicStroke line)
        implements SceneElement {
    SceneMark {
        requireNonNull(role, "role is null");
        requireNonNull(shape, "shape is null");
        if ((stroke == null) != (line == null)) {
            throw new IllegalArgumentException("a stroke needs both a colour and a line");
        }
    }

    /** A filled shape without outline. */
    static SceneMark filled(Role role, Shape shape, Color fill) {
        return new SceneMark(role, shape, fill, null, null);
    }

    /** A stroked shape without fill. */
    static SceneMark stroked(Role role, Shape shape, Color colour, BasicStroke line) {
        return new SceneMark(role, shape, null, colour, line);
    }

    @Override
    public Rectangle2D bounds() {
        Rectangle2D box = shape.getBounds2D();
        if (line == null) {
            return box;
        }
        double half = line.getLineWidth() / 2;
        return new Rectangle2D.Double(box.getX() - half, box.getY() - half, box.getWidth() + 2 * half,
                box.getHeight() + 2 * half);
    }
}
