package org.occucompare.web.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The marker shapes that tell series apart in greyscale print, each of about the same visual weight. A series keeps
 * its shape in every chart of a comparison, as it keeps its colour.
 */
enum Marker {
    /** A disc. */
    CIRCLE,
    /** A square. */
    SQUARE,
    /** A diamond. */
    DIAMOND,
    /** A triangle pointing up. */
    TRIANGLE_UP,
    /** A triangle pointing down. */
    TRIANGLE_DOWN,
    /** A five-pointed star. */
    STAR;

    /** How far any marker reaches from its centre, as a share of half its size (the star's points reach furthest). */
    static final double EXTENT = 1.3;

    /**
     * The shape centred on a point.
     *
     * @param cx the centre's x in points
     * @param cy the centre's y in points
     * @param size the width of the disc of the same weight, in points
     * @return the shape, never null
     */
    Shape at(double cx, double cy, double size) {
        double r = size / 2;
        return switch (this) {
            case CIRCLE -> new Ellipse2D.Double(cx - r, cy - r, size, size);
            case SQUARE -> new Rectangle2D.Double(cx - r * 0.9, cy - r * 0.9, size * 0.9, size * 0.9);
            case DIAMOND -> polygon(cx, cy, r * 1.25, 4, 0, 1);
            case TRIANGLE_UP -> polygon(cx, cy + r * 0.2, r * 1.25, 3, 0, 1);
            case TRIANGLE_DOWN -> polygon(cx, cy - r * 0.2, r * 1.25, 3, Math.PI, 1);
            case STAR -> polygon(cx, cy, r * 1.3, 5, 0, 0.45);
        };
    }

    /** A regular polygon (or a star, with an inner radius below 1) with a vertex at the given angle from the top. */
    private static Shape polygon(double cx, double cy, double r, int corners, double rotation, double inner) {
        Path2D.Double p = new Path2D.Double();
        int points = inner < 1 ? corners * 2 : corners;
        for (int i = 0; i < points; i++) {
            double radius = inner < 1 && i % 2 == 1 ? r * inner : r;
            double angle = rotation + 2 * Math.PI * i / points;
            double x = cx + radius * Math.sin(angle);
            double y = cy - radius * Math.cos(angle);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
