package org.occucompare.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SampleComparisons;

/** The charts' data and labels, not their pixels; expected figures are from the OEWS May 2024 files. */
class ChartFactoryTest {

    @Test
    void a_top_coded_percentile_is_drawn_as_a_bound_not_a_figure() {
        // OEWS May 2024 national file: Chief Executives A_PCT10 73,710, A_PCT25 126,080, A_MEDIAN 206,420,
        // A_PCT75 and A_PCT90 "#"; state file, CA: A_PCT25 142,270, A_MEDIAN 220,600, A_PCT75 and A_PCT90 "#".
        // General and Operations Managers: A_PCT90 "#" in both files (A_PCT75 164,130 and 125,240 are figures)
        Comparison c = SampleComparisons.compare(List.of("11-1011.00", "11-1021.00"), "US", "CA");

        XYChart chart = (XYChart) ChartFactory.create(c, ChartKind.WAGES).chart();

        XYSeries caps = chart.getSeries(WageRangeChart.TOP_CODED);
        assertThat(caps.getXData()).containsExactly(239_200.0, 239_200.0, 239_200.0, 239_200.0);
        assertThat(chart.getSeries("beyond 2 P90")).isNotNull();
        assertThat(chart.getSeries("box 2").getXData()).containsExactly(67_160.0, 164_130.0);
        assertThat(chart.getSeries("beyond 0 P75").getXData()).containsExactly(239_200.0, 239_200.0 * 1.12);
        assertThat(chart.getSeries("beyond 1 P75")).isNotNull();
        // the boxes and the whisker stop at the bound, never at a made-up figure
        assertThat(chart.getSeries("box 0").getXData()).containsExactly(126_080.0, 239_200.0);
        assertThat(chart.getSeries("box 1").getXData()).containsExactly(142_270.0, 239_200.0);
        assertThat(chart.getSeries(WageRangeChart.WHISKER).getXData()).containsExactly(73_710.0, 239_200.0);
        assertThat(chart.getSeries(WageRangeChart.MEDIAN).getXData()).contains(206_420.0, 220_600.0);
    }

    @Test
    void the_wage_chart_has_a_title_axis_titles_with_units_a_legend_and_a_caption() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "29-2061.00"), "US", "CA");

        CaptionedChart captioned = ChartFactory.create(c, ChartKind.WAGES);
        XYChart chart = (XYChart) captioned.chart();

        assertThat(chart.getTitle()).isEqualTo("Annual wages by occupation — United States, California");
        assertThat(chart.getXAxisTitle()).isEqualTo("Annual wage (US dollars)");
        // state file: CA 29-1141 A_PCT10 100,120, A_PCT90 208,880, A_MEDIAN 140,330
        assertThat(chart.getSeries("box 1").getLabel()).isEqualTo("25th–75th: CA");
        assertThat(chart.getSeries("whisker 1").getXData()).containsExactly(100_120.0, 208_880.0);
        assertThat(chart.getSeries(WageRangeChart.MEDIAN).getXData()).contains(93_600.0, 140_330.0);
        assertThat(chart.getSeries(WageRangeChart.TOP_CODED)).isNull();
        assertThat(captioned.captionText()).contains("Sources:").contains("May 2024").contains("OccuCompare");
    }

    @Test
    void the_locations_chart_shows_the_reference_at_each_place() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00"), "US", "CA");

        XYChart chart = (XYChart) ChartFactory.create(c, ChartKind.LOCATIONS).chart();

        assertThat(chart.getTitle()).isEqualTo("Registered Nurses: annual wages by place");
        assertThat(chart.getSeries(WageRangeChart.MEDIAN).getXData()).containsExactly(93_600.0, 140_330.0);
    }

    @Test
    void the_growth_chart_puts_openings_on_a_second_axis() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "29-2061.00"), "US");

        CategoryChart chart = (CategoryChart) ChartFactory.create(c, ChartKind.GROWTH).chart();

        assertThat(chart.getYAxisTitle()).isEqualTo("Projected employment change (%)");
        assertThat(chart.getSeriesCollection()).anySatisfy(s -> {
            assertThat(s.getName()).startsWith("Openings a year");
            assertThat(s.getYAxisGroup()).isEqualTo(1);
        });
        assertThat(chart.getSeriesCollection()).anySatisfy(s -> assertThat(s.getName()).startsWith("Change %, "));
    }

    @Test
    void the_skills_chart_marks_shared_strengths_and_gaps_with_one_series_per_occupation() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "15-1252.00"), "US");

        CategoryChart chart = (CategoryChart) ChartFactory.create(c, ChartKind.SKILLS).chart();

        assertThat(chart.getSeriesCollection()).hasSize(2);
        assertThat(chart.getSeries("Registered Nurses (reference)")).isNotNull();
        @SuppressWarnings("unchecked")
        List<String> categories = (List<String>) chart.getSeries("Software Developers").getXData();
        assertThat(categories).anySatisfy(x -> assertThat(x).startsWith(SkillsChart.GAP));
    }

    @Test
    void a_skills_chart_of_one_occupation_is_invalid_input() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00"), "US", "CA");

        assertThatThrownBy(() -> ChartFactory.create(c, ChartKind.SKILLS)).hasMessageContaining("skills chart");
    }

    @Test
    void kinds_and_formats_parse_from_their_ids_and_refuse_others() {
        assertThat(ChartKind.parse("Wages")).isEqualTo(ChartKind.WAGES);
        assertThat(ChartFormat.ofFile(java.nio.file.Path.of("out", "chart.SVG"))).isEqualTo(ChartFormat.SVG);
        assertThatThrownBy(() -> ChartKind.parse("pie")).hasMessageContaining("wages, locations, growth, skills");
        assertThatThrownBy(() -> ChartFormat.parse("gif")).hasMessageContaining("png, svg or pdf");
    }
}
