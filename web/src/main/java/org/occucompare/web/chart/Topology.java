package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.geom.Path2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quantized, delta-encoded TopoJSON topology, decoded: its arcs as absolute quantized positions and the polygons
 * of its objects as rings of arc references (a negative reference {@code ~i} is arc {@code i} reversed). Polygons
 * become Java2D paths one by one, or several at once with the borders they share dropped ({@link #merge}), as
 * {@code topojson.merge} does. Immutable and thread-safe.
 */
final class Topology {
    private final double sx;
    private final double sy;
    private final double tx;
    private final double ty;
    /** Each arc's positions, x and y interleaved, in quantized units. */
    private final List<long[]> arcs;
    private final Map<String, List<Geometry>> objects;

    /**
     * One polygon or multipolygon of an object.
     *
     * @param id the geometry's {@code id}, such as a FIPS code; never null
     * @param name its {@code properties.name}, or empty; never null
     * @param polygons its polygons, each a list of rings, each ring a list of arc references; never null
     */
    record Geometry(String id, String name, int[][][] polygons) {
        Geometry {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
            requireNonNull(polygons, "polygons is null");
        }
    }

    private Topology(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        sx = transform.path("scale").path(0).asDouble(1);
        sy = transform.path("scale").path(1).asDouble(1);
        tx = transform.path("translate").path(0).asDouble(0);
        ty = transform.path("translate").path(1).asDouble(0);
        List<long[]> decoded = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            long[] points = new long[arc.size() * 2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[2 * i] = x;
                points[2 * i + 1] = y;
            }
            decoded.add(points);
        }
        arcs = List.copyOf(decoded);
        Map<String, List<Geometry>> byObject = new LinkedHashMap<>();
        topology.path("objects").fields().forEachRemaining(object -> {
            List<Geometry> geometries = new ArrayList<>();
            for (JsonNode geometry : object.getValue().path("geometries")) {
                JsonNode arcsOf = geometry.path("arcs");
                List<int[][]> polygons = new ArrayList<>();
                if (geometry.path("type").asText().equals("Polygon")) {
                    polygons.add(rings(arcsOf));
                } else {
                    arcsOf.forEach(polygon -> polygons.add(rings(polygon)));
                }
                geometries.add(new Geometry(geometry.path("id").asText(), geometry.path("properties").path("name")
                        .asText(), polygons.toArray(int[][][]::new)));
            }
            byObject.put(object.getKey(), List.copyOf(geometries));
        });
        objects = Map.copyOf(byObject);
    }

    /**
     * Decodes a topology.
     *
     * @param topology the parsed TopoJSON, never null
     * @return the topology, never null
     */
    static Topology decode(JsonNode topology) {
        return new Topology(requireNonNull(topology, "topology is null"));
    }

    private static int[][] rings(JsonNode polygon) {
        int[][] rings = new int[polygon.size()][];
        for (int r = 0; r < polygon.size(); r++) {
            JsonNode ring = polygon.get(r);
            rings[r] = new int[ring.size()];
            for (int k = 0; k < ring.size(); k++) {
                rings[r][k] = ring.get(k).asInt();
            }
        }
        return rings;
    }

    /**
     * The geometries of an object, in the file's order.
     *
     * @param name the object's name, such as {@code states}; never null
     * @return the geometries, empty if there is no such object; never null
     */
    List<Geometry> geometries(String name) {
        return objects.getOrDefault(name, List.of());
    }

    /**
     * One geometry's outline in viewport units, even-odd filled.
     *
     * @param geometry a geometry of this topology, never null
     * @return a new path, never null
     */
    Path2D path(Geometry geometry) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int[][] polygon : geometry.polygons()) {
            for (int[] ring : polygon) {
                boolean first = true;
                for (int reference : ring) {
                    first = append(path, reference, first);
                }
                if (!first) {
                    path.closePath();
                }
            }
        }
        return path;
    }

    /**
     * The outline of several geometries taken as one, even-odd filled: an arc that two of their rings share is an
     * inner border and is dropped, and the arcs left are joined end to end into closed rings (holes included), so
     * the path has only the outer borders of the whole.
     *
     * @param geometries geometries of this topology that do not overlap, never null
     * @return a new path, empty for none; never null
     */
    Path2D merge(Collection<Geometry> geometries) {
        Map<Integer, Integer> uses = new HashMap<>();
        for (Geometry g : geometries) {
            for (int[][] polygon : g.polygons()) {
                for (int[] ring : polygon) {
                    for (int reference : ring) {
                        uses.merge(reference < 0 ? ~reference : reference, 1, Integer::sum);
                    }
                }
            }
        }
        // the outer arcs, as referenced (so each ring keeps its direction), indexed by where they start
        Map<Long, Deque<Integer>> startingAt = new HashMap<>();
        int outer = 0;
        for (Geometry g : geometries) {
            for (int[][] polygon : g.polygons()) {
                for (int[] ring : polygon) {
                    for (int reference : ring) {
                        if (uses.get(reference < 0 ? ~reference : reference) == 1) {
                            startingAt.computeIfAbsent(key(reference, true), k -> new ArrayDeque<>()).add(reference);
                            outer++;
                        }
                    }
                }
            }
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        while (outer > 0) {
            Deque<Integer> from = startingAt.values().stream().filter(d -> !d.isEmpty()).findFirst().orElseThrow();
            int reference = from.poll();
            outer--;
            long ringStart = key(reference, true);
            boolean first = append(path, reference, true);
            long at = key(reference, false);
            while (at != ringStart) {
                Deque<Integer> next = startingAt.get(at);
                if (next == null || next.isEmpty()) {
                    break; // not a closed ring: close it where it ends
                }
                reference = next.poll();
                outer--;
                first = append(path, reference, first);
                at = key(reference, false);
            }
            path.closePath();
        }
        return path;
    }

    /** Appends an arc, as referenced, to a ring; its first position repeats the previous arc's last, and is skipped. */
    private boolean append(Path2D path, int reference, boolean first) {
        long[] arc = arcs.get(reference < 0 ? ~reference : reference);
        int n = arc.length / 2;
        boolean starting = first;
        for (int k = 0; k < n; k++) {
            int i = reference >= 0 ? k : n - 1 - k;
            double x = arc[2 * i] * sx + tx;
            double y = arc[2 * i + 1] * sy + ty;
            if (starting) {
                path.moveTo(x, y);
                starting = false;
            } else if (k > 0) {
                path.lineTo(x, y);
            }
        }
        return starting;
    }

    /** The quantized position where an arc, as referenced, starts or ends, as one number. */
    private long key(int reference, boolean start) {
        long[] arc = arcs.get(reference < 0 ? ~reference : reference);
        int n = arc.length / 2;
        int i = (reference >= 0) == start ? 0 : n - 1;
        return arc[2 * i] << 32 | (arc[2 * i + 1] & 0xFFFFFFFFL);
    }
}
