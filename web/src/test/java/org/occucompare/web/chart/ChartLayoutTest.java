package org.occucompare.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SampleComparisons;
import org.occucompare.web.importer.SampleBuilder;

/**
 * The visual regression test of every chart kind: laid out at the journal presets (and the screen default) for the
 * comparison the issue tried (4 occupations × CA, TX, NY) and for the largest one allowed (10 × 5), each must keep
 * the layout rules: everything on the page, the legend's text inside the legend, no text over a data mark or over
 * other text, every mark in a plot area, and 7–9 pt type at the print sizes. Structure, not pixels.
 */
class ChartLayoutTest {
    /** The issue's comparison: a long title (LPNs), a top-coded one (chief executives), three states. */
    static final Comparison ISSUE = SampleComparisons.compare(
            List.of("29-1141.00", "29-2061.00", "11-1011.00", "15-1252.00"), "CA", "TX", "NY");
    /** The largest comparison the app allows. */
    static final Comparison LARGEST = SampleComparisons.compare(SampleBuilder.CODES.subList(0, 10), "US", "CA",
            "TX", "NY", "FL");

    static Stream<Arguments> charts() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : List.of("4 × 3", "10 × 5")) {
            // the sample holds no industry matrix: its industries chart is a notice (ProfileChartTest lays out one
            // with figures)
            for (ChartKind kind : EnumSet.complementOf(EnumSet.of(ChartKind.INDUSTRIES))) {
                for (FigureSize.Preset preset : FigureSize.Preset.values()) {
                    cases.add(Arguments.of(name, kind, preset));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> extremes() {
        List<Arguments> cases = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            cases.add(Arguments.of(kind, FigureSize.MIN_WIDTH_MM));
            cases.add(Arguments.of(kind, FigureSize.MAX_WIDTH_MM));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1} mm")
    @MethodSource("extremes")
    void the_narrowest_and_widest_charts_keep_the_layout_rules_too(ChartKind kind, double widthMm) {
        Scene scene = ChartFactory.create(LARGEST, kind, new FigureSize(widthMm, 96)).scene();

        assertThat(LayoutChecks.all(scene)).isEmpty();
        assertThat(LayoutChecks.typeOutside(scene, 7, 100)).isEmpty();
    }

    @ParameterizedTest(name = "{1} of {0} at {2}")
    @MethodSource("charts")
    void every_chart_keeps_the_layout_rules(String name, ChartKind kind, FigureSize.Preset preset) {
        Comparison c = name.equals("4 × 3") ? ISSUE : LARGEST;

        Scene scene = ChartFactory.create(c, kind, preset.size()).scene();

        assertThat(LayoutChecks.all(scene)).isEmpty();
        assertThat(scene.legend()).isPresent();
        assertThat(scene.marks(Role.DATA)).isNotEmpty();
        // 89 mm = 89 / 25.4 × 72 = 252.28 pt; 183 mm = 518.74 pt; 1000 px at 96 dpi = 750 pt
        double expectedWidth = switch (preset) {
            case SINGLE -> 252.2835;
            case DOUBLE -> 518.7402;
            case SCREEN -> 750;
        };
        assertThat(scene.width()).isCloseTo(expectedWidth, within(1e-3));
        if (preset != FigureSize.Preset.SCREEN) {
            assertThat(LayoutChecks.typeOutside(scene, 7, 9)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void every_row_asked_for_is_drawn_with_its_label_whole(ChartKind kind) {
        Scene scene = ChartFactory.create(ISSUE, kind, FigureSize.Preset.SINGLE.size()).scene();

        List<String> labels = scene.texts(Role.ROW_LABEL).stream().map(t -> t.text().text()).toList();
        switch (kind) {
            case WAGES, LOCATIONS -> assertThat(labels).hasSize(4 * 3);
            case GROWTH -> assertThat(labels).containsExactly("Registered Nurses",
                    "Licensed Practical and Licensed Vocational Nurses", "Chief Executives", "Software Developers");
            case SKILLS -> assertThat(labels).isNotEmpty();
            case INTERESTS -> assertThat(labels).containsExactly("Realistic", "Investigative", "Artistic", "Social",
                    "Enterprising", "Conventional");
            case ATTAINMENT -> assertThat(labels).hasSize(7).startsWith("Less than high school diploma");
            case INDUSTRIES -> assertThat(labels).isEmpty(); // a notice: the sample holds no industry matrix
        }
        // long names are wrapped, never cut
        assertThat(labels).noneMatch(l -> l.contains("…"));
        assertThat(scene.rows()).extracting(Scene.RowBand::label).containsExactlyElementsOf(
                scene.texts(Role.ROW_LABEL).stream().map(t -> String.join(" ", t.text().lines())).toList());
    }

    static Stream<ChartKind> kinds() {
        return Stream.of(ChartKind.values());
    }

    @Test
    void a_long_legend_wraps_into_rows_within_a_single_column() {
        Scene scene = ChartFactory.create(LARGEST, ChartKind.GROWTH, FigureSize.Preset.SINGLE.size()).scene();

        List<SceneText> entries = scene.texts(Role.LEGEND_TEXT);
        assertThat(entries).hasSize(5);
        assertThat(entries.stream().map(t -> t.bounds().getY()).distinct().count()).isGreaterThan(1);
        assertThat(scene.legend().orElseThrow().getMaxX()).isLessThanOrEqualTo(scene.width());
    }

    @Test
    void the_checks_catch_text_over_data_clipping_overlaps_and_small_type() {
        Scene.Builder b = new Scene.Builder();
        TextBlock label = Typesetter.line("Registered Nurses", ChartFonts.plain(5));
        b.add(new SceneText(Role.ROW_LABEL, label, Color.BLACK, 10, 10, label.width(), SceneText.Align.LEFT));
        b.add(new SceneText(Role.TICK_LABEL, label, Color.BLACK, 12, 11, label.width(), SceneText.Align.LEFT));
        b.add(SceneMark.filled(Role.DATA, new Rectangle2D.Double(15, 12, 4, 4), Color.BLUE));
        b.add(SceneMark.filled(Role.DATA, new Rectangle2D.Double(90, 90, 20, 4), Color.BLUE));
        b.plotArea(new Rectangle2D.Double(10, 10, 50, 50));
        b.legend(new Rectangle2D.Double(0, 0, 120, 5));
        Scene broken = b.build(100, 100);

        assertThat(LayoutChecks.textOverData(broken)).hasSize(2);
        assertThat(LayoutChecks.textOverText(broken)).hasSize(1);
        assertThat(LayoutChecks.partsOffThePage(broken)).hasSize(2); // the long mark and the legend
        assertThat(LayoutChecks.dataOutsideThePlot(broken)).hasSize(1);
        assertThat(LayoutChecks.typeOutside(broken, 7, 9)).hasSize(2);
    }
}
