package org.occucompare.web.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The maps: a choropleth of the 50 states and DC, or of the OEWS areas (each county in its area's class, state
 * borders over them), in quantile classes of one measure, with a legend of the classes and of the places drawn
 * without a class (top-coded wages hatched over the top class, suppressed figures hatched grey, missing ones plain
 * grey, wages without a price parity on a price-adjusted map pale mauve, land no area holds in sand), and a caption
 * naming the source and vintage. Laid out as a {@link Scene}, so it is painted like every other chart into PNG, SVG
 * and PDF. Stateless.
 */
final class MapChart {
    /** Sequential blues, light to dark (ColorBrewer "Blues" without its palest step, which white would swallow). */
    static final Color[] CLASS_COLOURS = {new Color(0xC6DBEF), new Color(0x9ECAE1), new Color(0x6BAED6),
        new Color(0x3182BD), new Color(0x08519C)};
    /** The fill of a state without a figure. */
    static final Color NO_FIGURE = new Color(0xD9D9D9);
    /** The hatching of a suppressed figure, over {@link #NO_FIGURE}. */
    static final Color SUPPRESSED_HATCH = new Color(0x737373);
    /** The fill of a place with a wage but no price parity, on a price-adjusted map (pale mauve, off the blues). */
    static final Color NO_PARITY = new Color(0xE7D4E8);
    /** The fill of land that no OEWS area holds, on the metro map. */
    static final Color NO_AREA = new Color(0xF2ECDF);
    /** The state borders over the metro map's areas. */
    static final Color BORDER = new Color(0x404040);
    /** The hatching of a top-coded wage, over its class's colour. */
    static final Color TOP_CODED_HATCH = Color.WHITE;

    private MapChart() {
    }

    /**
     * Lays out the state map at a size.
     *
     * @param map the figures, never null
     * @param size the printed size, never null
     * @return the figure, never null
     */
    static Figure figure(StateMap map, FigureSize size) {
        Map<String, StateMap.Cell> byFips = map.drawn().stream().collect(Collectors.toMap(c -> c.state().fips(),
                Function.identity()));
        List<Region> regions = new ArrayList<>();
        for (UsAtlas.Outline outline : UsAtlas.states()) {
            StateMap.Cell cell = byFips.get(outline.fips());
            regions.add(cell == null ? new Region(outline.outline(), StateMap.Status.MISSING, OptionalDouble.empty())
                    : new Region(outline.outline(), cell.status(), cell.value()));
        }
        List<StateMap.Cell> onMap = map.drawn();
        List<String> offMap = map.cells().stream().filter(c -> c.value().isPresent() && !onMap.contains(c))
                .map(c -> c.state().displayName() + " " + map.text(c)).toList();
        String figures = onMap.stream().map(c -> c.state().displayName() + " " + (c.value().isPresent()
                ? map.text(c) : c.status().description())).collect(Collectors.joining("; "));
        return choropleth(new Layout(map.title(), map.measure(), regions, List.of(), null, map.source(), "states",
                "Alaska and Hawaii are insets, not to scale.", offMap, figures), size);
    }

    /**
     * Lays out the metro map at a size: each county in its OEWS area's class, the areas' outlines merged from their
     * counties, the state borders drawn over them.
     *
     * @param map the figures, never null
     * @param size the printed size, never null
     * @return the figure, never null
     */
    static Figure figure(AreaMap map, FigureSize size) {
        AreaOutlines outlines = AreaOutlines.bundled();
        Map<String, AreaMap.Cell> byCode = map.cells().stream().collect(Collectors.toMap(c -> c.area().code(),
                Function.identity()));
        List<Region> regions = new ArrayList<>();
        outlines.byArea().forEach((code, outline) -> {
            AreaMap.Cell cell = byCode.get(code);
            regions.add(cell == null ? new Region(outline, StateMap.Status.MISSING, OptionalDouble.empty())
                    : new Region(outline, cell.status(), cell.value()));
        });
        List<Shape> borders = UsAtlas.states().stream().map(o -> (Shape) o.outline()).toList();
        List<String> offMap = map.cells().stream().filter(c -> c.value().isPresent() && !c.drawn())
                .map(c -> c.area().name() + " " + map.text(c)).toList();
        String figures = map.drawn().stream().filter(c -> c.value().isPresent())
                .map(c -> c.area().name() + " " + map.text(c)).collect(Collectors.joining("; "));
        return choropleth(new Layout(map.title(), map.measure(), regions, borders,
                outlines.unassignedCount() == 0 ? null : outlines.unassigned(), map.source(), "areas",
                "Each county takes its OEWS area's colour; an area counts once in the classes, however many"
                        + " counties it has. State borders are drawn over the areas; Alaska and Hawaii are insets,"
                        + " not to scale. Counties to areas: OEWS area definitions (OFLC's county lists, bridged to"
                        + " the 2023 areas).", offMap, figures), size);
    }

    /** One filled place of a map, in atlas units. */
    private record Region(Shape outline, StateMap.Status status, OptionalDouble value) {
    }

    /**
     * What a choropleth draws.
     *
     * @param regions the places filled by class or status
     * @param borders outlines stroked over the regions
     * @param unassigned the land that no place holds, drawn apart, or null for none
     * @param places what the classes count, such as "states"
     * @param howToRead the caption's note on the map's geometry
     * @param offMap figures of places not on the map, as "name figure"
     * @param figures the drawn figures as text, for the description
     */
    private record Layout(String title, MapMeasure measure, List<Region> regions, List<Shape> borders,
            @Nullable Shape unassigned, String source, String places, String howToRead, List<String> offMap,
            String figures) {
    }

    private static Figure choropleth(Layout map, FigureSize size) {
        Metrics m = Metrics.of(size);
        TypeScale type = m.type();
        Scene.Builder out = new Scene.Builder();
        double width = size.widthPt();
        double x0 = m.pad();
        double inner = width - 2 * m.pad();
        double y = m.pad();

        y = SceneText.title(map.title(), m, x0, y, inner, out) + m.gap();

        double[] values = map.regions().stream().filter(r -> r.value().isPresent())
                .mapToDouble(r -> r.value().getAsDouble()).toArray();
        QuantileClasses classes = QuantileClasses.of(values, CLASS_COLOURS.length);
        Color[] colours = colours(classes.size());

        List<LegendEntry> legend = new ArrayList<>();
        for (int j = 0; j < classes.size(); j++) {
            double low = classes.lows().get(j);
            double high = classes.highs().get(j);
            String text = low == high ? map.measure().format(low) : map.measure().format(low) + " – "
                    + map.measure().format(high);
            legend.add(new LegendEntry(text, swatch(colours[j], null)));
        }
        Set<StateMap.Status> present = map.regions().stream().map(Region::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StateMap.Status.class)));
        if (present.contains(StateMap.Status.TOP_CODED)) {
            // a top-coded wage is the top of its map, unless a price parity divided it: then any class may hold it
            int top = classes.size() - 1;
            boolean allTop = map.regions().stream().filter(r -> r.status() == StateMap.Status.TOP_CODED)
                    .allMatch(r -> classes.classOf(r.value().getAsDouble()) == top);
            legend.add(allTop ? new LegendEntry("Top-coded: at least the bound shown", swatch(colours[top],
                    TOP_CODED_HATCH)) : new LegendEntry("Top-coded: at least the bound shown, hatched over its"
                            + " class", swatch(colours[top / 2], TOP_CODED_HATCH)));
        }
        if (present.contains(StateMap.Status.SUPPRESSED)) {
            legend.add(new LegendEntry("Suppressed by BLS", swatch(NO_FIGURE, SUPPRESSED_HATCH)));
        }
        if (present.contains(StateMap.Status.MISSING)) {
            legend.add(new LegendEntry("No figure", swatch(NO_FIGURE, null)));
        }
        if (present.contains(StateMap.Status.NO_PARITY)) {
            legend.add(new LegendEntry("A wage, but no BEA price parity", swatch(NO_PARITY, null)));
        }
        if (map.unassigned() != null) {
            legend.add(new LegendEntry("No OEWS area known", swatch(NO_AREA, null)));
        }
        y = LegendEntry.layout(legend, x0, y, inner, m, out) + m.gap();

        Rectangle2D atlas = UsAtlas.bounds();
        double scale = Math.min(inner / atlas.getWidth(), inner * 0.75 / atlas.getHeight());
        double mapLeft = x0 + (inner - atlas.getWidth() * scale) / 2;
        AffineTransform place = new AffineTransform(scale, 0, 0, scale, mapLeft - atlas.getMinX() * scale,
                y - atlas.getMinY() * scale);
        Rectangle2D area = new Rectangle2D.Double(mapLeft, y, atlas.getWidth() * scale, atlas.getHeight() * scale);
        out.plotArea(area);
        // under state borders drawn over them, the areas' own borders are half as wide
        BasicStroke edge = Glyphs.line(map.borders().isEmpty() ? m.hairline() : m.hairline() / 2);
        double spacing = type.body() * 0.45;
        for (Region region : map.regions()) {
            Shape shape = place.createTransformedShape(region.outline());
            Color fill = region.value().isPresent() ? colours[classes.classOf(region.value().getAsDouble())]
                    : region.status() == StateMap.Status.NO_PARITY ? NO_PARITY : NO_FIGURE;
            out.add(new SceneMark(Role.DATA, shape, fill, Color.WHITE, edge));
            if (region.status() == StateMap.Status.TOP_CODED || region.status() == StateMap.Status.SUPPRESSED) {
                out.add(SceneMark.filled(Role.DATA, hatch(shape, spacing, m.hairline() * 2f),
                        region.status() == StateMap.Status.TOP_CODED ? TOP_CODED_HATCH : SUPPRESSED_HATCH));
            }
        }
        if (map.unassigned() != null) {
            out.add(new SceneMark(Role.DATA, place.createTransformedShape(map.unassigned()), NO_AREA, Color.WHITE,
                    edge));
        }
        BasicStroke border = Glyphs.line(m.hairline());
        for (Shape outline : map.borders()) {
            out.add(SceneMark.stroked(Role.BORDER, place.createTransformedShape(outline), BORDER, border));
        }
        y = area.getMaxY() + m.gap() * 1.5;

        List<String> caption = new ArrayList<>();
        caption.add(map.source());
        caption.add("Colours are quantile classes: each holds about one " + ordinal(classes.size()) + " of the "
                + map.places() + " with a figure. " + map.howToRead() + " Boundaries: U.S. Census Bureau,"
                + " cartographic boundary files 2023, via us-atlas-2023 4.0.0.");
        if (map.measure() == MapMeasure.PRICE_ADJUSTED && present.contains(StateMap.Status.TOP_CODED)) {
            caption.add("A top-coded median divided by its place's parity is still only a lower bound, and is classed"
                    + " by that bound.");
        }
        if (!map.offMap().isEmpty()) {
            caption.add("Not drawn: " + String.join("; ", map.offMap()) + ".");
        }
        caption = ChartFactory.captioned(caption);
        y = SceneText.caption(caption, m, x0, y, inner, out) + m.pad();
        String description = map.title() + ". " + map.figures() + ". " + String.join(" ", caption);
        return new Figure("map", size, map.title(), caption, description, out.build(width, y));
    }

    private static String ordinal(int classes) {
        return switch (classes) {
            case 1 -> "whole";
            case 2 -> "half";
            case 3 -> "third";
            case 4 -> "quarter";
            default -> "fifth";
        };
    }

    /** The class colours for a number of classes: spread across the ramp so the darkest is always the top class. */
    private static Color[] colours(int classes) {
        Color[] chosen = new Color[classes];
        for (int j = 0; j < classes; j++) {
            int index = classes == 1 ? CLASS_COLOURS.length - 1
                    : (int) Math.round((double) j * (CLASS_COLOURS.length - 1) / (classes - 1));
            chosen[j] = CLASS_COLOURS[index];
        }
        return chosen;
    }

    private static LegendEntry.Key swatch(Color fill, @Nullable Color hatch) {
        return (box, m) -> {
            double side = Math.min(box.getWidth(), box.getHeight());
            Rectangle2D square = new Rectangle2D.Double(box.getX(), box.getCenterY() - side / 2, side * 1.4, side);
            List<SceneMark> marks = new ArrayList<>();
            marks.add(new SceneMark(Role.LEGEND_KEY, square, fill, ChartStyle.MUTED, Glyphs.line(m.hairline())));
            if (hatch != null) {
                marks.add(SceneMark.filled(Role.LEGEND_KEY, hatch(square, m.type().body() * 0.45,
                        m.hairline() * 2f), hatch));
            }
            return marks;
        };
    }

    /**
     * Diagonal hatching inside a shape, as a filled outline (no clipping), so every format draws it alike.
     *
     * @param shape the shape to hatch, never null
     * @param spacing the distance between lines, in points
     * @param width the width of the lines, in points
     * @return the hatching, never null
     */
    static Shape hatch(Shape shape, double spacing, float width) {
        Rectangle2D box = shape.getBounds2D();
        Path2D.Double lines = new Path2D.Double();
        for (double d = -box.getHeight(); d < box.getWidth(); d += spacing) {
            lines.append(new Line2D.Double(box.getMinX() + d, box.getMaxY(), box.getMinX() + d + box.getHeight(),
                    box.getMinY()), false);
        }
        Area hatching = new Area(new BasicStroke(width).createStrokedShape(lines));
        hatching.intersect(new Area(shape));
        return hatching;
    }
}
