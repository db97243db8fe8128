package org.occucompare.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.EducationTraining;
import org.occucompare.core.model.IndustryEmployment;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.SocReference;
import org.occucompare.web.compare.SampleComparisons;
import org.occucompare.web.importer.SampleBuilder;

/**
 * The profile charts (interests, attainment, industries) over the bundled sample, whose figures are hand-checked
 * against the official files: O*NET 30.1 {@code Interests.txt} (scale OI) and the Employment Projections 2024–34
 * {@code education.xlsx}, table 5.3.
 */
class ProfileChartTest {
    private static final List<Occupation> DEVELOPERS = SampleComparisons.service().profiles(List.of("15-1252.00"),
            Section.INTERESTS);

    @Test
    void the_interest_scores_are_the_o_net_ones_in_riasec_order() {
        ProfileTable table = ChartRenderer.table(DEVELOPERS, ChartKind.INTERESTS);

        // Interests.txt, 15-1252.00, scale OI: 3.93, 5.86, 2.26, 1.88, 1.87, 5.46
        assertThat(table.lines()).extracting(ProfileTable.Line::label).containsExactly("Realistic", "Investigative",
                "Artistic", "Social", "Enterprising", "Conventional");
        assertThat(table.lines()).extracting(l -> l.drawn(0).getAsDouble()).containsExactly(3.93, 5.86, 2.26, 1.88,
                1.87, 5.46);
        assertThat(table.headers()).containsExactly("Score (1–7)");
        assertThat(table.cells(table.lines().get(1))).containsExactly("5.86");
        assertThat(table.title()).isEqualTo("Interest profile (RIASEC): Software Developers");
        assertThat(table.sourceLine()).contains("O*NET").contains("30.1");
    }

    @Test
    void attainment_shares_stand_side_by_side_as_table_5_3_publishes_them() {
        List<Occupation> two = SampleComparisons.service().profiles(List.of("15-1252.00", "29-1141.00"),
                Section.TRAINING);

        ProfileTable table = ChartRenderer.table(two, ChartKind.ATTAINMENT);

        // education.xlsx, table 5.3: 15-1252 Software developers and 29-1141 Registered nurses
        assertThat(table.lines()).extracting(ProfileTable.Line::label).containsExactly(
                "Less than high school diploma", "High school diploma or equivalent", "Some college, no degree",
                "Associate's degree", "Bachelor's degree", "Master's degree", "Doctoral or professional degree");
        assertThat(table.lines()).extracting(l -> l.drawn(0).getAsDouble()).containsExactly(0.5, 2.2, 7.4, 3.9,
                51.9, 30.1, 3.9);
        assertThat(table.lines()).extracting(l -> l.drawn(1).getAsDouble()).containsExactly(0.5, 1.2, 3.9, 25.6,
                54.4, 11.8, 2.7);
        assertThat(table.headers()).containsExactly("Software Developers", "Registered Nurses");
        assertThat(table.cells(table.lines().get(4))).containsExactly("51.9 %", "54.4 %");
        assertThat(table.csv()).contains("15-1252.00,Software Developers,attainment,Bachelor's degree,"
                + "Bachelor's degree,share_of_workers_pct,51.9,percent,figure,,");
    }

    @Test
    void attainment_the_matrix_publishes_only_for_an_aggregate_names_that_aggregate() {
        // table 5.3 publishes 13-1021, 13-1022 and 13-1023 only as 13-1020 "Buyers and purchasing agents"
        Occupation developers = SampleComparisons.service().profiles(List.of("15-1252.00"), Section.TRAINING).get(0);
        EducationTraining e = developers.education().orElseThrow();
        Occupation buyers = developers.withSoc(new SocReference(SocCode.parse("13-1022"), "Wholesale and retail"
                + " buyers, except farm products", Optional.empty())).withEducation(new EducationTraining(
                        e.typicalEntryEducation(), e.workExperience(), e.onTheJobTraining(), e.attainment(),
                        Optional.of(new SocReference(SocCode.parse("13-1020"), "Buyers and purchasing agents",
                                Optional.empty())), e.jobZone()));

        ProfileTable table = ChartRenderer.table(List.of(buyers, developers), ChartKind.ATTAINMENT);

        assertThat(table.notes()).contains("Software Developers: the figures of the matrix occupation 13-1020 Buyers"
                + " and purchasing agents, which includes it.").hasSize(2);
    }

    @Test
    void an_occupation_without_figures_is_named_with_the_reason_never_drawn_as_zero() {
        // O*NET publishes no interests for the military's Air Crew Officers, and table 5.3 has no row for them
        List<Occupation> both = SampleComparisons.service().profiles(List.of("15-1252.00", "55-1011.00"),
                Section.INTERESTS);

        ProfileTable table = ChartRenderer.table(both, ChartKind.INTERESTS);
        Figure figure = ChartFactory.create(table, FigureSize.screen());

        assertThat(table.missing()).containsExactly("Air Crew Officers: no O*NET interest scores");
        assertThat(table.lines()).allSatisfy(l -> assertThat(l.drawn(1)).isEmpty());
        assertThat(table.headers()).containsExactly("Software Developers");
        assertThat(table.csv()).contains("55-1011.00,Air Crew Officers,interests,,,,,,missing,"
                + "no O*NET interest scores,").doesNotContain("55-1011.00,Air Crew Officers,interests,1.B");
        // a stem and a marker for each of the developers' six scores, none for the officers
        assertThat(figure.scene().marks(Role.DATA)).hasSize(12);
        assertThat(figure.scene().texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text())
                .contains("Air Crew Officers: no O*NET interest scores");
        assertThat(figure.captionText()).contains("No figures, so no marks: Air Crew Officers");
    }

    @Test
    void industries_on_the_local_data_say_a_token_brings_them_instead_of_drawing_an_empty_plot() {
        List<Occupation> nurses = SampleComparisons.service().profiles(List.of("29-1141.00"),
                Section.INDUSTRY_EMPLOYMENT);

        ProfileTable table = ChartRenderer.table(nurses, ChartKind.INDUSTRIES);
        Figure figure = ChartFactory.create(table, FigureSize.screen());

        assertThat(table.hasFigures()).isFalse();
        assertThat(table.notice()).startsWith("Available with a CareerOneStop token.")
                .contains("OCCUCOMPARE_COS_TOKEN");
        assertThat(figure.scene().marks(Role.DATA)).isEmpty();
        assertThat(figure.scene().texts(Role.ANNOTATION)).extracting(t -> t.text().text())
                .anyMatch(t -> t.contains("Available with a CareerOneStop token"));
        assertThat(LayoutChecks.all(figure.scene())).isEmpty();
        assertThat(table.csv()).endsWith("29-1141.00,Registered Nurses,industries,,,,,,missing,"
                + "available with a CareerOneStop token,\r\n");
    }

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = {"INDUSTRIES", "ATTAINMENT", "INTERESTS"})
    void each_profile_chart_renders_as_png_svg_and_pdf_with_its_title_and_a_label_as_text(ChartKind kind)
            throws Exception {
        List<Occupation> occupations = withIndustries(SampleComparisons.service().profiles(
                List.of("29-1141.00", "15-1252.00"), kind.profileSection().orElseThrow()));
        String title = ChartRenderer.table(occupations, kind).title();
        String label = switch (kind) {
            case INDUSTRIES -> "General medical and surgical hospitals; private";
            case ATTAINMENT -> "Doctoral or professional degree";
            default -> "Investigative";
        };

        byte[] png = ChartRenderer.render(occupations, kind, ChartFormat.PNG, FigureSize.screen());
        byte[] svg = ChartRenderer.render(occupations, kind, ChartFormat.SVG, FigureSize.screen());
        byte[] pdf = ChartRenderer.render(occupations, kind, ChartFormat.PDF, FigureSize.screen());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(ChartEncoderTest.svgText(svg)).contains(title, label, "Registered Nurses", "Made with OccuCompare");
        assertThat(ChartEncoderTest.pdfText(pdf)).contains(title, label, "Made with OccuCompare");
    }

    @ParameterizedTest
    @EnumSource(FigureSize.Preset.class)
    void the_profile_charts_keep_the_layout_rules_at_every_preset(FigureSize.Preset preset) {
        for (ChartKind kind : List.of(ChartKind.INDUSTRIES, ChartKind.ATTAINMENT, ChartKind.INTERESTS)) {
            List<Occupation> ten = withIndustries(SampleComparisons.service().profiles(SampleBuilder.CODES
                    .subList(0, 10), kind.profileSection().orElseThrow()));
            Scene scene = ChartFactory.create(ChartRenderer.table(ten, kind), preset.size()).scene();

            assertThat(LayoutChecks.all(scene)).as(kind + " at " + preset).isEmpty();
            assertThat(scene.marks(Role.DATA)).as(kind.id()).isNotEmpty();
            if (preset != FigureSize.Preset.SCREEN) {
                assertThat(LayoutChecks.typeOutside(scene, 7, 9)).as(kind + " at " + preset).isEmpty();
            }
        }
    }

    @Test
    void one_occupation_s_top_industries_are_its_largest_employers_with_jobs_and_change() {
        List<Occupation> nurses = withIndustries(SampleComparisons.service().profiles(List.of("29-1141.00"),
                Section.INDUSTRY_EMPLOYMENT));

        ProfileTable table = ChartRenderer.table(nurses, ChartKind.INDUSTRIES);

        assertThat(table.lines()).extracting(ProfileTable.Line::label).startsWith(
                "General medical and surgical hospitals; private", "Offices of physicians");
        assertThat(table.headers()).containsExactly("Share of its jobs (%)", "Jobs, base year",
                "Projected change (%)");
        assertThat(table.cells(table.lines().get(0))).containsExactly("50.2 %", "1,702,300", "4.1 %");
        assertThat(table.csv()).contains("29-1141.00,Registered Nurses,industries,622100,"
                + "General medical and surgical hospitals; private,jobs,1702300,jobs,figure,,");
    }

    @Test
    void a_chart_of_a_comparison_has_no_table_of_its_own() {
        assertThatThrownBy(() -> ChartRenderer.table(DEVELOPERS, ChartKind.WAGES))
                .isInstanceOf(OccupationException.class).hasMessageContaining("compare two occupations");
    }

    /**
     * The occupations with the two industry rows of the api-client's Registered Nurses fixture (illustrative: the
     * official files here hold no industry matrix) plus a third of each, so the industries chart has figures.
     */
    static List<Occupation> withIndustries(List<Occupation> occupations) {
        return occupations.stream().map(o -> o.withProjections(new Projections(o.projections().flatMap(
                Projections::matrixTitle), o.projections().flatMap(Projections::matrixCode), o.projections()
                        .map(Projections::rows).orElse(List.of()), List.of(
                                industry("622100", "General medical and surgical hospitals; private", 50.2, 1_702_300,
                                        4.1),
                                industry("621100", "Offices of physicians", 6.7, 227_200, 9.2),
                                industry("541500", "Computer systems design and related services", o.code().value()
                                        .startsWith("15") ? 31.4 : 0.1, 500_000, 12.0))))).toList();
    }

    private static IndustryEmployment industry(String code, String title, double share, long jobs, double change) {
        return new IndustryEmployment(code, title, Optional.empty(), OptionalDouble.of(share), OptionalLong.of(jobs),
                OptionalLong.empty(), OptionalLong.empty(), OptionalDouble.of(change));
    }
}
