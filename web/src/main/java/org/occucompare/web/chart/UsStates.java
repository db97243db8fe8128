package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The outlines of the 50 states and the District of Columbia, pre-projected (Albers USA, Alaska and Hawaii as insets)
 * into a 975 × 610 viewport with y growing downwards: the U.S. Census Bureau's 2017
 * cartographic boundaries as the {@code us-atlas} 3.0.1 package encodes them in TopoJSON (see {@code
 * atlas/PROVENANCE.md} next to this class). Decoded once, on first use, into Java2D paths. Thread-safe.
 */
final class UsStates {
    private static final String RESOURCE = "atlas/states-albers-10m.json";

    private UsStates() {
    }

    /**
     * One state's outline.
     *
     * @param fips the two-digit FIPS code, such as {@code 06}; never null
     * @param name the name, such as {@code California}; never null
     * @param outline the outline in viewport units, even-odd filled; never null
     */
    record Outline(String fips, String name, Path2D outline) {
        Outline {
            requireNonNull(fips, "fips is null");
            requireNonNull(name, "name is null");
            requireNonNull(outline, "outline is null");
        }
    }

    /**
     * The box around every outline: the projection's 975 × 610 viewport, save the western Aleutians, which reach
     * past its left edge.
     */
    static Rectangle2D bounds() {
        return Holder.BOUNDS;
    }

    /** The 51 outlines, in the file's order (by FIPS code); never null. Callers must not change the paths. */
    static List<Outline> all() {
        return Holder.OUTLINES;
    }

    private static final class Holder {
        static final List<Outline> OUTLINES = load();
        static final Rectangle2D BOUNDS = OUTLINES.stream().map(o -> o.outline().getBounds2D())
                .reduce(Rectangle2D::createUnion).orElseThrow();
    }

    private static List<Outline> load() {
        try (InputStream in = UsStates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the state outlines " + RESOURCE + " are missing from the classpath");
            }
            return decode(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the state outlines " + RESOURCE, e);
        }
    }

    /**
     * Decodes the {@code states} object of a quantized TopoJSON topology: each arc's delta-encoded positions are
     * summed and mapped through the transform, and each ring is joined from its arcs (a negative index {@code ~i}
     * is arc {@code i} reversed; an arc's first position repeats the previous arc's last and is skipped).
     *
     * @param topology the topology, never null
     * @return the outlines, never null
     */
    static List<Outline> decode(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i] = new double[] {x * sx + tx, y * sy + ty};
            }
            arcs.add(points);
        }
        List<Outline> outlines = new ArrayList<>();
        for (JsonNode geometry : topology.path("objects").path("states").path("geometries")) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            JsonNode arcsOf = geometry.path("arcs");
            if (geometry.path("type").asText().equals("Polygon")) {
                arcsOf.forEach(ring -> ring(ring, arcs, path));
            } else {
                arcsOf.forEach(polygon -> polygon.forEach(ring -> ring(ring, arcs, path)));
            }
            outlines.add(new Outline(geometry.path("id").asText(), geometry.path("properties").path("name").asText(),
                    path));
        }
        return List.copyOf(outlines);
    }

    private static void ring(JsonNode ring, List<double[][]> arcs, Path2D path) {
        boolean first = true;
        for (JsonNode index : ring) {
            int i = index.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                double[] p = arc[i >= 0 ? k : arc.length - 1 - k];
                if (first) {
                    path.moveTo(p[0], p[1]);
                    first = false;
                } else if (k > 0) {
                    path.lineTo(p[0], p[1]);
                }
            }
        }
        if (!first) {
            path.closePath();
        }
    }
}
