package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outlines of the 50 states, the District of Columbia and their 3,144 counties (Connecticut's as its nine
 * planning regions), pre-projected (Albers USA, Alaska and Hawaii as insets) into a 975 × 610 viewport with y growing
 * downwards: the U.S. Census Bureau's 2023 cartographic boundaries as the {@code us-atlas-2023} 4.0.0 package
 * encodes them in TopoJSON (see {@code atlas/PROVENANCE.md} next to this class). The file is read once per process,
 * on first use; the state outlines are built then, and the counties' paths only when asked for. Thread-safe.
 */
final class UsAtlas {
    private static final String RESOURCE = "atlas/counties-albers-10m.json";

    private UsAtlas() {
    }

    /**
     * One state's or county's outline.
     *
     * @param fips the FIPS code: two digits for a state, such as {@code 06}, five for a county, such as {@code 17031};
     *     never null
     * @param name the name, such as {@code California} or {@code Cook}; never null
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
     * The box around every state outline: the projection's 975 × 610 viewport, save the western Aleutians, which
     * reach past its left edge.
     */
    static Rectangle2D bounds() {
        return States.BOUNDS;
    }

    /** The 51 state outlines, in the file's order (by FIPS code); never null. Callers must not change the paths. */
    static List<Outline> states() {
        return States.OUTLINES;
    }

    /** The two-digit FIPS codes of the 51 states drawn (the 50 states and DC), built once; never null. */
    static Set<String> stateFips() {
        return StateCodes.FIPS;
    }

    /**
     * The 3,144 county outlines with their names, in the file's order; never null. Callers must not change the
     * paths. The maps never draw a county alone (they {@link #merged merge} an area's counties): this is the
     * tests' view of each county as the file draws it, against which the merged outlines are checked.
     */
    static List<Outline> counties() {
        return CountyOutlines.OUTLINES;
    }

    /** The five-digit FIPS codes of the 3,144 counties, in the file's order; never null. */
    static List<String> countyFips() {
        return Counties.FIPS;
    }

    /**
     * The outline of several counties taken as one, with the borders between them dropped.
     *
     * @param fips the counties' five-digit FIPS codes; codes not in the atlas are ignored; never null
     * @return a new path, empty if none is in the atlas; never null
     */
    static Path2D merged(Collection<String> fips) {
        Map<String, Topology.Geometry> counties = Counties.GEOMETRIES;
        return Atlas.TOPOLOGY.merge(fips.stream().map(counties::get).filter(g -> g != null).toList());
    }

    private static final class Atlas {
        static final Topology TOPOLOGY = load();
    }

    private static final class States {
        static final List<Outline> OUTLINES = outlines("states");
        static final Rectangle2D BOUNDS = OUTLINES.stream().map(o -> o.outline().getBounds2D())
                .reduce(Rectangle2D::createUnion).orElseThrow();
    }

    /** The states' codes only, from the geometries, without building their outlines. */
    private static final class StateCodes {
        static final Set<String> FIPS = Atlas.TOPOLOGY.geometries("states").stream().map(Topology.Geometry::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static final class CountyOutlines {
        static final List<Outline> OUTLINES = outlines("counties");
    }

    /** The counties' geometries only: the metro map merges them by area and never draws one alone. */
    private static final class Counties {
        static final List<String> FIPS = Atlas.TOPOLOGY.geometries("counties").stream().map(Topology.Geometry::id)
                .toList();
        static final Map<String, Topology.Geometry> GEOMETRIES = Atlas.TOPOLOGY.geometries("counties").stream()
                .collect(Collectors.toUnmodifiableMap(Topology.Geometry::id, Function.identity()));
    }

    private static List<Outline> outlines(String object) {
        Topology topology = Atlas.TOPOLOGY;
        return topology.geometries(object).stream().map(g -> new Outline(g.id(), g.name(), topology.path(g)))
                .toList();
    }

    private static Topology load() {
        try (InputStream in = UsAtlas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the atlas " + RESOURCE + " is missing from the classpath");
            }
            return Topology.decode(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the atlas " + RESOURCE, e);
        }
    }
}
