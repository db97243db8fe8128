package org.occucompare.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SampleComparisons;

/**
 * What the charts draw, read back from their layout through the axes: every expected figure is from the official
 * files (OEWS May 2024 national and state, BLS Employment Projections 2024–34 Table 1.2, Projections Central
 * 2022–2032), never from the code under test.
 */
class ChartContentTest {
    private static final FigureSize SCREEN = FigureSize.screen();

    @Test
    void a_top_coded_percentile_ends_at_its_bound_with_an_open_end_and_a_remark() {
        // OEWS May 2024 national: Chief Executives A_PCT10 73,710, A_PCT25 126,080, A_MEDIAN 206,420, A_PCT75 and
        // A_PCT90 "#" (at least 239,200); state, CA: A_PCT25 142,270, A_MEDIAN 220,600
        Comparison c = SampleComparisons.compare(List.of("11-1011.00", "11-1021.00"), "US", "CA");
        Scene scene = ChartFactory.create(c, ChartKind.WAGES, SCREEN).scene();
        Scene.AxisSpan axis = scene.axes().get(0);

        Scene.RowBand us = row(scene, "Chief Executives", "United States");
        Rectangle2D box = only(scene, us, m -> m.shape() instanceof Rectangle2D && SeriesStyle.PALETTE[0].equals(
                m.fill())).bounds();
        assertThat(axis.value(box.getMinX())).isCloseTo(126_080, within(0.5));
        assertThat(axis.value(box.getMaxX())).isCloseTo(239_200, within(0.5));
        Line2D whisker = (Line2D) only(scene, us, m -> m.shape() instanceof Line2D && m.line() != null
                && m.line().getDashArray() == null).shape();
        assertThat(axis.value(whisker.getX1())).isCloseTo(73_710, within(0.5));
        assertThat(axis.value(whisker.getX2())).isCloseTo(239_200, within(0.5));
        Line2D open = (Line2D) only(scene, us, m -> m.line() != null && m.line().getDashArray() != null).shape();
        assertThat(axis.value(open.getX1())).isCloseTo(239_200, within(0.5));
        assertThat(axis.value(only(scene, us, m -> ChartStyle.INK.equals(m.fill())).bounds().getCenterX()))
                .isCloseTo(206_420, within(0.5));
        assertThat(remarks(scene, us)).containsExactly("≥\u00a0$239,200");

        Scene.RowBand ca = row(scene, "Chief Executives", "California");
        Rectangle2D caBox = only(scene, ca, m -> m.shape() instanceof Rectangle2D && SeriesStyle.PALETTE[1]
                .equals(m.fill())).bounds();
        assertThat(axis.value(caBox.getMinX())).isCloseTo(142_270, within(0.5));
        assertThat(axis.value(only(scene, ca, m -> ChartStyle.INK.equals(m.fill())).bounds().getCenterX()))
                .isCloseTo(220_600, within(0.5));
    }

    @Test
    void the_locations_chart_draws_a_panel_per_occupation_with_a_row_per_place() {
        // OEWS May 2024 state file, CA 29-1141: A_PCT10 100,120, A_MEDIAN 140,330, A_PCT90 208,880
        Scene scene = ChartFactory.create(ChartLayoutTest.ISSUE, ChartKind.LOCATIONS, SCREEN).scene();

        assertThat(scene.texts(Role.GROUP_TITLE)).extracting(t -> t.text().text()).containsExactly(
                "Registered Nurses", "Licensed Practical and Licensed Vocational Nurses", "Chief Executives",
                "Software Developers");
        assertThat(scene.rows()).extracting(Scene.RowBand::label).containsExactly("California", "Texas", "New York",
                "California", "Texas", "New York", "California", "Texas", "New York", "California", "Texas",
                "New York");
        Scene.RowBand nursesInCalifornia = row(scene, "California", "Registered Nurses");
        Line2D whisker = (Line2D) only(scene, nursesInCalifornia, m -> m.shape() instanceof Line2D).shape();
        Scene.AxisSpan axis = scene.axes().get(0);
        assertThat(axis.value(whisker.getX1())).isCloseTo(100_120, within(0.5));
        assertThat(axis.value(whisker.getX2())).isCloseTo(208_880, within(0.5));
        assertThat(axis.value(only(scene, nursesInCalifornia, m -> ChartStyle.INK.equals(m.fill())).bounds()
                .getCenterX())).isCloseTo(140_330, within(0.5));
    }

    @Test
    void a_place_keeps_its_colour_and_shape_in_every_chart_and_the_nation_not_asked_for_is_a_grey_reference() {
        Scene wages = ChartFactory.create(ChartLayoutTest.ISSUE, ChartKind.WAGES, SCREEN).scene();
        Scene growth = ChartFactory.create(ChartLayoutTest.ISSUE, ChartKind.GROWTH, SCREEN).scene();

        // Texas is the second place asked for: orange, and a square, in both charts
        Scene.RowBand texasNurses = row(wages, "Registered Nurses", "Texas");
        assertThat(only(wages, texasNurses, m -> m.shape() instanceof Rectangle2D && !ChartStyle.INK.equals(
                m.fill())).fill()).isEqualTo(SeriesStyle.PALETTE[1]);
        assertThat(only(wages, texasNurses, m -> ChartStyle.INK.equals(m.fill())).shape())
                .isInstanceOf(Rectangle2D.class);
        Scene.RowBand nurses = row(growth, "Registered Nurses", null);
        assertThat(marks(growth, nurses, m -> SeriesStyle.PALETTE[1].equals(m.fill()))).hasSize(2)
                .allSatisfy(m -> assertThat(m.shape()).isInstanceOf(Rectangle2D.class));
        assertThat(growth.texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text()).containsExactly(
                "California, 2022–2032", "Texas, 2022–2032", "New York, 2022–2032",
                "United States, 2024–2034 (national reference)");
        assertThat(marks(growth, nurses, m -> Color.WHITE.equals(m.fill())
                && SeriesStyle.REFERENCE.colour().equals(m.stroke()))).hasSize(2);
    }

    @Test
    void the_growth_chart_draws_the_published_change_and_openings() {
        // BLS EP 2024–34 Table 1.2, 29-1141: change 4.9 %, openings 189.1 thousand a year; Projections Central
        // 2022–2032, California (STFIPS 6): Registered Nurses 12.9 % and 23,420; Chief Executives −6 % and 2,990
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "11-1011.00"), "US", "CA");
        Scene scene = ChartFactory.create(c, ChartKind.GROWTH, SCREEN).scene();
        Scene.AxisSpan change = scene.axes().get(0);
        Scene.AxisSpan openings = scene.axes().get(1);

        Scene.RowBand nurses = row(scene, "Registered Nurses", null);
        assertThat(values(scene, nurses, SeriesStyle.PALETTE[0], change)).containsExactly(4.9);
        assertThat(values(scene, nurses, SeriesStyle.PALETTE[0], openings)).containsExactly(189_100.0);
        assertThat(values(scene, nurses, SeriesStyle.PALETTE[1], change)).containsExactly(12.9);
        assertThat(values(scene, nurses, SeriesStyle.PALETTE[1], openings)).containsExactly(23_420.0);
        Scene.RowBand chiefs = row(scene, "Chief Executives", null);
        assertThat(values(scene, chiefs, SeriesStyle.PALETTE[1], change)).containsExactly(-6.0);
        assertThat(values(scene, chiefs, SeriesStyle.PALETTE[1], openings)).containsExactly(2_990.0);
        assertThat(scene.texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text()).containsExactly(
                "United States, 2024–2034", "California, 2022–2032");
    }

    @Test
    void each_caption_names_the_sources_of_what_the_chart_draws_with_their_vintages() {
        Comparison c = ChartLayoutTest.ISSUE;

        assertThat(ChartFactory.create(c, ChartKind.WAGES, SCREEN).captionText())
                .contains("Source: Occupational Employment and Wage Statistics, May 2024.")
                .doesNotContain("O*NET", "Projections");
        assertThat(ChartFactory.create(c, ChartKind.GROWTH, SCREEN).captionText())
                .contains("BLS Employment Projections, 2024–2034",
                        "Projections Central state long-term projections, 2022–2032")
                .contains("Not drawn: no projection for Software Developers in New York")
                .doesNotContain("O*NET", "Wage Statistics");
        assertThat(ChartFactory.create(c, ChartKind.SKILLS, SCREEN).captionText())
                .contains("Source: O*NET Database, 30.1").doesNotContain("Wage Statistics", "Projections Central");
    }

    @Test
    void the_skills_chart_puts_the_reference_first_in_ink_and_groups_strengths_and_gaps() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "15-1252.00"), "US");
        Scene scene = ChartFactory.create(c, ChartKind.SKILLS, SCREEN).scene();

        assertThat(scene.texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text()).containsExactly(
                "Registered Nurses (reference)", "Software Developers");
        assertThat(scene.texts(Role.GROUP_TITLE)).extracting(t -> t.text().text()).anyMatch(
                t -> t.startsWith("Shared strengths")).anyMatch(t -> t.startsWith("Gaps"));
        assertThat(scene.marks(Role.DATA)).anyMatch(m -> ChartStyle.INK.equals(m.fill()))
                .anyMatch(m -> SeriesStyle.PALETTE[0].equals(m.fill()));
        assertThat(scene.axes()).extracting(a -> a.axis().title()).containsExactly("Importance (O*NET scale 1–5)",
                "Level needed (O*NET scale 0–7)");
    }

    @Test
    void a_skills_chart_of_one_occupation_says_what_it_needs() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00"), "US", "CA");

        assertThatThrownBy(() -> ChartFactory.create(c, ChartKind.SKILLS, SCREEN))
                .hasMessageContaining("skills chart needs a reference and at least one other occupation");
    }

    @Test
    void kinds_formats_and_sizes_parse_from_their_names_and_refuse_others() {
        assertThat(ChartKind.parse("Wages")).isEqualTo(ChartKind.WAGES);
        assertThat(ChartFormat.ofFile(java.nio.file.Path.of("out", "chart.SVG"))).isEqualTo(ChartFormat.SVG);
        assertThat(FigureSize.Preset.parse("Single").size()).isEqualTo(new FigureSize(89, 300));
        assertThatThrownBy(() -> ChartKind.parse("pie")).hasMessageContaining("wages, locations, growth, skills");
        assertThatThrownBy(() -> ChartFormat.parse("gif")).hasMessageContaining("png, svg or pdf");
        assertThatThrownBy(() -> FigureSize.Preset.parse("a4")).hasMessageContaining("screen (1000 px at 96 dpi");
    }

    /** The row with a label, in a group (or in a chart without groups when the group is null). */
    private static Scene.RowBand row(Scene scene, String label, String group) {
        return scene.rows().stream().filter(r -> r.label().equals(label) && r.group().equals(
                Optional.ofNullable(group))).findFirst().orElseThrow(() -> new AssertionError("no row " + label
                        + " in " + group + ": " + scene.rows()));
    }

    private static List<SceneMark> marks(Scene scene, Scene.RowBand row, Predicate<SceneMark> which) {
        return scene.marks(Role.DATA).stream().filter(row::holds).filter(which).toList();
    }

    private static SceneMark only(Scene scene, Scene.RowBand row, Predicate<SceneMark> which) {
        List<SceneMark> found = marks(scene, row, which);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** The values of a series' markers in a row, read on an axis (the marker's centre is the figure). */
    private static List<Double> values(Scene scene, Scene.RowBand row, Color colour, Scene.AxisSpan axis) {
        return marks(scene, row, m -> colour.equals(m.fill()) && !(m.shape() instanceof Line2D)).stream()
                .map(m -> m.bounds().getCenterX()).filter(x -> x >= axis.left() - 1 && x <= axis.right() + 1)
                .map(x -> Math.round(axis.value(x) * 10) / 10.0).toList();
    }

    private static List<String> remarks(Scene scene, Scene.RowBand row) {
        return scene.texts(Role.ANNOTATION).stream().filter(row::holds).map(t -> t.text().text()).toList();
    }
}
