package org.occucompare.web.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layout rules every chart must keep, as questions to a {@link Scene}: each returns the violations it finds,
 * described so that a failing test says what is wrong where. Points are compared with a hundredth of a point of
 * tolerance, far below what print shows.
 */
final class LayoutChecks {
    private static final double TOLERANCE = 0.01;

    private LayoutChecks() {
    }

    /** Every part lies on the page: nothing is clipped at an edge. */
    static List<String> partsOffThePage(Scene scene) {
        Rectangle2D page = grown(scene.page(), TOLERANCE);
        List<String> problems = new ArrayList<>();
        for (SceneElement e : scene.elements()) {
            if (!page.contains(e.bounds())) {
                problems.add(describe(e) + " reaches off the " + box(scene.page()) + " page");
            }
        }
        scene.legend().filter(l -> !page.contains(l)).ifPresent(l -> problems.add("the legend " + box(l)
                + " reaches off the page"));
        return problems;
    }

    /** Every legend entry's text lies inside the legend's box. */
    static List<String> legendTextOutsideTheLegend(Scene scene) {
        List<SceneText> texts = scene.texts(Role.LEGEND_TEXT);
        if (texts.isEmpty()) {
            return List.of();
        }
        if (scene.legend().isEmpty()) {
            return List.of("legend texts without a legend box");
        }
        Rectangle2D legend = grown(scene.legend().get(), TOLERANCE);
        return texts.stream().filter(t -> !legend.contains(t.bounds())).map(t -> describe(t)
                + " lies outside the legend " + box(scene.legend().get())).toList();
    }

    /** No text covers a mark that stands for data. */
    static List<String> textOverData(Scene scene) {
        List<String> problems = new ArrayList<>();
        for (SceneText t : scene.texts()) {
            for (SceneMark m : scene.marks(Role.DATA)) {
                if (overlap(t.bounds(), m.bounds())) {
                    problems.add(describe(t) + " covers the data mark at " + box(m.bounds()));
                }
            }
        }
        return problems;
    }

    /** No two texts overlap. */
    static List<String> textOverText(Scene scene) {
        List<SceneText> texts = scene.texts();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (overlap(texts.get(i).bounds(), texts.get(j).bounds())) {
                    problems.add(describe(texts.get(i)) + " overlaps " + describe(texts.get(j)));
                }
            }
        }
        return problems;
    }

    /** Every data mark lies in a plot area. */
    static List<String> dataOutsideThePlot(Scene scene) {
        return scene.marks(Role.DATA).stream().filter(m -> scene.plotAreas().stream()
                .noneMatch(a -> grown(a, TOLERANCE).contains(m.bounds())))
                .map(m -> "the data mark at " + box(m.bounds()) + " lies outside every plot area").toList();
    }

    /** Every text is between two sizes, in points. */
    static List<String> typeOutside(Scene scene, double min, double max) {
        return scene.texts().stream().filter(t -> t.text().points() < min - 1e-6 || t.text().points() > max + 1e-6)
                .map(t -> describe(t) + " is set in " + t.text().points() + " pt, not " + min + " to " + max)
                .toList();
    }

    /** All the checks that hold at any size. */
    static List<String> all(Scene scene) {
        List<String> problems = new ArrayList<>();
        problems.addAll(partsOffThePage(scene));
        problems.addAll(legendTextOutsideTheLegend(scene));
        problems.addAll(textOverData(scene));
        problems.addAll(textOverText(scene));
        problems.addAll(dataOutsideThePlot(scene));
        return problems;
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getMaxX() - TOLERANCE > b.getMinX() && b.getMaxX() - TOLERANCE > a.getMinX()
                && a.getMaxY() - TOLERANCE > b.getMinY() && b.getMaxY() - TOLERANCE > a.getMinY();
    }

    private static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    private static String describe(SceneElement e) {
        if (e instanceof SceneText t) {
            return t.role().name().toLowerCase(Locale.ROOT) + " \"" + t.text().text() + "\" " + box(t.bounds());
        }
        return e.role().name().toLowerCase(Locale.ROOT) + " mark " + box(e.bounds());
    }

    private static String box(Rectangle2D r) {
        return String.format(Locale.ROOT, "[%.1f,%.1f %.1f×%.1f]", r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }
}
