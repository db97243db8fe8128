package org.occucompare.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.PlaceLevel;

/**
 * The state map, laid out and encoded. The figures are made up so that the classes can be computed by hand: ten
 * states at $10,000 to $100,000 in steps of $10,000, California top-coded at $239,200, Texas suppressed, the rest
 * without an estimate; Puerto Rico, which is not on the map, at $55,000.
 */
class MapChartTest {
    private static final Map<UsState, Integer> FIGURES = Map.of(UsState.ALABAMA, 10_000, UsState.ALASKA, 20_000,
            UsState.ARIZONA, 30_000, UsState.ARKANSAS, 40_000, UsState.COLORADO, 50_000, UsState.CONNECTICUT, 60_000,
            UsState.DELAWARE, 70_000, UsState.FLORIDA, 80_000, UsState.GEORGIA, 90_000, UsState.HAWAII, 100_000);

    static StateMap sample(MapMeasure measure) {
        return StateMap.of(samplePlaces(), measure);
    }

    private static OccupationPlaces samplePlaces() {
        List<WageEstimate> estimates = new ArrayList<>();
        FIGURES.forEach((state, usd) -> estimates.add(annual(state, WageAmount.of(usd))));
        estimates.add(annual(UsState.CALIFORNIA, WageAmount.topCoded(WageAmount.OEWS_TOP_CODE_ANNUAL_USD)));
        estimates.add(annual(UsState.TEXAS, WageAmount.missing(MissingReason.SUPPRESSED)));
        estimates.add(annual(UsState.PUERTO_RICO, WageAmount.of(55_000))); // in the table and caption, not the map
        Occupation o = Occupation.minimal(OccupationCode.parse("11-1011.00"), "Chief Executives",
                Retrieval.of(Location.NATIONAL, Instant.parse("2026-01-01T00:00:00Z"), SourceKind.OEWS))
                .withWages(new Wages(Optional.empty(), false, OptionalInt.of(2025), estimates));
        return OccupationPlaces.of(o, PlaceLevel.STATE);
    }

    private static WageEstimate annual(UsState state, WageAmount median) {
        WageAmount none = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        return new WageEstimate(new Location.State(state), state.displayName(), RateType.ANNUAL, none, none, median,
                none, none, none, OptionalLong.empty());
    }

    @Test
    void quantile_classes_cut_the_sorted_values_into_runs_of_about_equal_count_and_keep_ties_together() {
        // 11 values, 5 classes: class j starts at rank ceil(j * 11 / 5) = 0, 3, 5, 7, 9
        QuantileClasses c = QuantileClasses.of(new double[] {100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 239.2}, 5);
        assertThat(c.lows()).containsExactly(10.0, 40.0, 60.0, 80.0, 100.0);
        assertThat(c.highs()).containsExactly(30.0, 50.0, 70.0, 90.0, 239.2);
        assertThat(c.classOf(35)).isZero();
        assertThat(c.classOf(40)).isEqualTo(1);
        assertThat(c.classOf(239.2)).isEqualTo(4);
        // 1, 1, 1, 1, 2, 3 in 3 classes: ranks 0, 2, 4 start at 1, 1, 2, so the first two merge
        QuantileClasses ties = QuantileClasses.of(new double[] {1, 1, 1, 1, 2, 3}, 3);
        assertThat(ties.lows()).containsExactly(1.0, 2.0);
        assertThat(ties.highs()).containsExactly(1.0, 3.0);
        // 3 values, 5 classes: ranks ceil(j * 3 / 5) = 0, 1, 2, 2, 3; rank 3 is past the end, so three classes
        QuantileClasses few = QuantileClasses.of(new double[] {22.78, 18.609, 19.287}, 5);
        assertThat(few.lows()).containsExactly(18.609, 19.287, 22.78);
        assertThat(few.highs()).containsExactly(18.609, 19.287, 22.78);
    }

    @Test
    void a_cell_holds_its_figure_and_a_value_goes_only_with_a_figure_or_a_top_coded_bound() {
        MapFigure bound = new MapFigure(StateMap.Status.TOP_CODED, OptionalDouble.of(239_200), Optional.of("May 2025"));
        StateMap.Cell cell = new StateMap.Cell(UsState.CALIFORNIA, bound);
        assertThat(cell.figure()).isSameAs(bound);
        assertThat(cell.status()).isEqualTo(StateMap.Status.TOP_CODED);
        assertThat(cell.value()).hasValue(239_200);
        assertThat(cell.vintage()).hasValue("May 2025");

        assertThatThrownBy(() -> new MapFigure(StateMap.Status.SUPPRESSED, OptionalDouble.of(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapFigure(StateMap.Status.FIGURE, OptionalDouble.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_outlines_are_the_50_states_and_dc_within_the_bounding_box_the_file_states() {
        assertThat(UsAtlas.states()).hasSize(51);
        assertThat(UsAtlas.states()).extracting(UsAtlas.Outline::name).contains("California", "District of Columbia",
                "Alaska", "Hawaii").doesNotContain("Puerto Rico");
        assertThat(UsAtlas.stateFips()).hasSize(51).contains("06", "11", "02", "15").doesNotContain("72")
                .containsExactlyInAnyOrderElementsOf(UsAtlas.states().stream().map(UsAtlas.Outline::fips).toList());
        for (UsAtlas.Outline o : UsAtlas.states()) {
            // the file's bbox: [-57.66491068874468, 12.97635452036684, 957.5235629133762, 606.3882925308881]
            java.awt.geom.Rectangle2D box = o.outline().getBounds2D();
            assertThat(box.getMinX()).as(o.name()).isGreaterThanOrEqualTo(-57.665);
            assertThat(box.getMinY()).as(o.name()).isGreaterThanOrEqualTo(12.976);
            assertThat(box.getMaxX()).as(o.name()).isLessThanOrEqualTo(957.524);
            assertThat(box.getMaxY()).as(o.name()).isLessThanOrEqualTo(606.389);
            assertThat(UsState.fromFips(o.fips())).as(o.name()).map(UsState::displayName).hasValue(o.name());
        }
        // the bbox is of the unquantized outlines: the Aleutians' western end lies within a few steps of 0.01
        // of its left edge (the file's bbox also covers the nation object, a little wider in the east)
        assertThat(UsAtlas.bounds().getMinX()).isCloseTo(-57.66491068874468, org.assertj.core.api.Assertions
                .within(0.05));
        assertThat(UsAtlas.bounds().getMaxX()).isBetween(950.0, 957.524);
        // Albers USA: California lies west of Texas, Alaska's inset in the lower left
        assertThat(bounds("California").getCenterX()).isLessThan(bounds("Texas").getCenterX());
        assertThat(bounds("Alaska").getCenterY()).isGreaterThan(bounds("Washington").getCenterY());
    }

    private static java.awt.geom.Rectangle2D bounds(String name) {
        return UsAtlas.states().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().outline()
                .getBounds2D();
    }

    @Test
    void each_state_takes_its_class_colour_and_top_coded_suppressed_and_missing_ones_are_drawn_apart() {
        Scene scene = MapChart.figure(sample(MapMeasure.MEDIAN_ANNUAL), FigureSize.screen()).scene();
        List<SceneMark> states = scene.marks(Role.DATA).stream().filter(m -> Color.WHITE.equals(m.stroke()))
                .toList();
        assertThat(states).hasSize(51);
        // classes as in the hand computation above: $10k–30k, $40k–50k, $60k–70k, $80k–90k, $100k–$239.2k
        assertThat(fill(states, "Alabama")).isEqualTo(MapChart.CLASS_COLOURS[0]);
        assertThat(fill(states, "Arizona")).isEqualTo(MapChart.CLASS_COLOURS[0]);
        assertThat(fill(states, "Arkansas")).isEqualTo(MapChart.CLASS_COLOURS[1]);
        assertThat(fill(states, "Georgia")).isEqualTo(MapChart.CLASS_COLOURS[3]);
        assertThat(fill(states, "Hawaii")).isEqualTo(MapChart.CLASS_COLOURS[4]);
        assertThat(fill(states, "California")).isEqualTo(MapChart.CLASS_COLOURS[4]);
        assertThat(fill(states, "Texas")).isEqualTo(MapChart.NO_FIGURE);
        assertThat(fill(states, "New York")).isEqualTo(MapChart.NO_FIGURE);

        List<SceneMark> hatches = scene.marks(Role.DATA).stream().filter(m -> m.stroke() == null).toList();
        assertThat(hatches).extracting(SceneMark::fill).containsExactlyInAnyOrder(MapChart.TOP_CODED_HATCH,
                MapChart.SUPPRESSED_HATCH);
        SceneMark texasHatch = hatches.stream().filter(m -> MapChart.SUPPRESSED_HATCH.equals(m.fill())).findFirst()
                .orElseThrow();
        assertThat(outline(states, "Texas").getBounds2D().contains(texasHatch.bounds().getCenterX(),
                texasHatch.bounds().getCenterY())).isTrue();

        assertThat(scene.texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text()).containsExactly(
                "$10,000 – $30,000", "$40,000 – $50,000", "$60,000 – $70,000", "$80,000 – $90,000",
                "$100,000 – $239,200", "Top-coded: at least the bound shown", "Suppressed by BLS", "No figure");
        assertThat(scene.texts(Role.CAPTION).get(0).text().text()).contains("Not drawn: Puerto Rico $55,000.");
        assertThat(scene.legend()).isPresent();
        assertThat(scene.page().contains(scene.legend().get())).isTrue();
    }

    private static SceneMark mark(List<SceneMark> states, String name) {
        int index = UsAtlas.states().stream().map(UsAtlas.Outline::name).toList().indexOf(name);
        return states.get(index);
    }

    private static Color fill(List<SceneMark> states, String name) {
        return mark(states, name).fill();
    }

    private static java.awt.Shape outline(List<SceneMark> states, String name) {
        return mark(states, name).shape();
    }

    @Test
    void the_table_lists_every_state_with_its_status_and_the_caption_names_source_and_vintage() {
        StateMap map = sample(MapMeasure.MEDIAN_ANNUAL);
        assertThat(map.cells()).hasSize(UsState.values().length);
        assertThat(map.drawn()).hasSize(51);
        StateMap.Cell texas = map.cells().stream().filter(c -> c.state() == UsState.TEXAS).findFirst().orElseThrow();
        assertThat(texas.status()).isEqualTo(StateMap.Status.SUPPRESSED);
        StateMap.Cell california = map.cells().stream().filter(c -> c.state() == UsState.CALIFORNIA).findFirst()
                .orElseThrow();
        assertThat(map.text(california)).isEqualTo("≥ $239,200");
        assertThat(map.source()).isEqualTo("Source: Occupational Employment and Wage Statistics (OEWS), May 2025.");
        assertThat(map.title()).isEqualTo("Median annual wage of Chief Executives by state");
        assertThat(MapChart.figure(map, FigureSize.screen()).title()).isEqualTo(map.title());
        String csv = map.csv();
        assertThat(csv.split("\r\n")).hasSize(1 + UsState.values().length);
        assertThat(csv).contains("11-1011.00,Chief Executives,median-annual,CA,06,California,239200,top_coded,"
                + "May 2025\r\n", ",TX,48,Texas,,suppressed,May 2025\r\n", ",NY,36,New York,,missing,\r\n");
    }

    @Test
    void jobs_per_1000_are_mapped_where_published_and_offered_only_then() {
        // Arkansas, California and Hawaii have a parity: the price-adjusted median is offered
        assertThat(StateMap.available(samplePlaces())).containsExactly(MapMeasure.MEDIAN_ANNUAL,
                MapMeasure.PRICE_ADJUSTED);

        WageAmount none = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        List<WageEstimate> estimates = List.of(new WageEstimate(new Location.State(UsState.ILLINOIS), "Illinois",
                RateType.ANNUAL, none, none, WageAmount.of(95_990), none, none, none, OptionalLong.of(138_910),
                OptionalInt.of(2025), OptionalDouble.of(22.78), OptionalDouble.of(1.05)),
                new WageEstimate(new Location.State(UsState.OHIO), "Ohio", RateType.ANNUAL, none, none,
                        WageAmount.of(86_000), none, none, none, OptionalLong.empty(), OptionalInt.of(2024),
                        OptionalDouble.empty(), OptionalDouble.of(1.1)));
        Occupation o = Occupation.minimal(OccupationCode.parse("29-1141.00"), "Registered Nurses",
                Retrieval.of(Location.NATIONAL, Instant.parse("2026-01-01T00:00:00Z"), SourceKind.OEWS))
                .withWages(new Wages(Optional.empty(), false, OptionalInt.of(2025), estimates));
        OccupationPlaces places = OccupationPlaces.of(o, PlaceLevel.STATE);
        assertThat(StateMap.available(places)).containsExactly(MapMeasure.MEDIAN_ANNUAL,
                MapMeasure.EMPLOYMENT_PER_1000, MapMeasure.LOCATION_QUOTIENT);

        StateMap map = StateMap.of(places, MapMeasure.EMPLOYMENT_PER_1000);
        StateMap.Cell illinois = map.cells().stream().filter(c -> c.state() == UsState.ILLINOIS).findFirst()
                .orElseThrow();
        assertThat(map.text(illinois)).isEqualTo("22.78");
        assertThat(illinois.vintage()).hasValue("May 2025");
        // Ohio has a wage but no jobs per 1,000: no figure, not 0
        StateMap.Cell ohio = map.cells().stream().filter(c -> c.state() == UsState.OHIO).findFirst().orElseThrow();
        assertThat(ohio.status()).isEqualTo(StateMap.Status.MISSING);
        assertThat(map.source()).isEqualTo("Source: Occupational Employment and Wage Statistics (OEWS), May 2025.");

        StateMap quotients = StateMap.of(places, MapMeasure.LOCATION_QUOTIENT);
        assertThat(quotients.cells().stream().filter(c -> c.value().isPresent()).map(quotients::text))
                .containsExactly("1.05", "1.10"); // Illinois, then Ohio, in state order
        assertThat(quotients.source()).contains("May 2024 and May 2025");
    }

    @Test
    void the_price_adjusted_map_divides_by_the_state_parities_at_hand_and_names_the_states_without_one() {
        StateMap map = sample(MapMeasure.PRICE_ADJUSTED);
        // BEA's 2023 parities (release of December 12, 2024) by hand: Arkansas 40,000 / 0.865 = 46,242.77; Hawaii
        // 100,000 / 1.086 = 92,081.03; California's top-coded 239,200 / 1.126 = 212,433.39, still a lower bound
        assertThat(map.drawn().stream().filter(c -> c.value().isPresent()).map(map::text)).containsExactly(
                "$46,243", "≥ $212,433", "$92,081"); // in state order: Arkansas, California, Hawaii
        StateMap.Cell alabama = map.cells().get(0);
        assertThat(alabama.state()).isEqualTo(UsState.ALABAMA);
        assertThat(alabama.status()).isEqualTo(StateMap.Status.NO_PARITY); // a wage, not adjusted, and not 0
        assertThat(map.cells().stream().filter(c -> c.state() == UsState.TEXAS).findFirst().orElseThrow().status())
                .isEqualTo(StateMap.Status.SUPPRESSED);
        assertThat(map.csv()).contains("price-adjusted,AR,05,Arkansas,46242.77,figure,May 2025,86.5,2023\r\n",
                "price-adjusted,CA,06,California,212433.39,top_coded,May 2025,112.6,2023\r\n",
                "price-adjusted,AL,01,Alabama,,no_parity,May 2025,,\r\n");
        assertThat(map.source()).endsWith("Price levels: BEA Regional Price Parities, all items (U.S. = 100), 2023"
                + " (BEA, text of the news release of December 12, 2024); each median is divided by its place's"
                + " parity over 100.");
        Scene scene = MapChart.figure(map, FigureSize.screen()).scene();
        assertThat(scene.texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text()).containsExactly("$46,243",
                "$92,081", "$212,433", "Top-coded: at least the bound shown", "Suppressed by BLS", "No figure",
                "A wage, but no BEA price parity");
    }

    @Test
    void a_measure_the_store_has_no_data_for_is_refused_with_the_reason() {
        assertThatThrownBy(() -> sample(MapMeasure.EMPLOYMENT_PER_1000)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("No state has a figure of employment per 1,000 jobs for Chief Executives")
                .hasMessageContaining("JOBS_1000");
        assertThatThrownBy(() -> sample(MapMeasure.GROWTH)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("No state has a figure of projected employment change");
        // Puerto Rico alone has a figure: it is not on the map, so there are no classes to draw
        Occupation rico = Occupation.minimal(OccupationCode.parse("11-1011.00"), "Chief Executives",
                Retrieval.of(Location.NATIONAL, Instant.parse("2026-01-01T00:00:00Z"), SourceKind.OEWS))
                .withWages(new Wages(Optional.empty(), false, OptionalInt.of(2025), List.of(annual(
                        UsState.PUERTO_RICO, WageAmount.of(55_000)))));
        assertThatThrownBy(() -> StateMap.of(OccupationPlaces.of(rico, PlaceLevel.STATE), MapMeasure.MEDIAN_ANNUAL))
                .isInstanceOf(OccupationException.class).hasMessageContaining("No state has a figure");
        assertThatThrownBy(() -> MapMeasure.parse("mean")).isInstanceOf(OccupationException.class)
                .hasMessageContaining("median-annual, median-hourly");
    }

    @Test
    void the_map_encodes_as_png_of_the_size_asked_svg_with_a_path_per_state_and_pdf_with_selectable_text()
            throws Exception {
        StateMap map = sample(MapMeasure.MEDIAN_ANNUAL);
        FigureSize single = FigureSize.Preset.SINGLE.size();
        byte[] png = MapRenderer.render(map, ChartFormat.PNG, single);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // 89 mm at 300 dpi: 89 / 25.4 * 300 = 1051.2, so 1052 pixels
        assertThat(image.getWidth()).isEqualTo(1052);
        assertThat(image.getHeight()).isGreaterThan(500);

        String svg = new String(MapRenderer.render(map, ChartFormat.SVG, FigureSize.screen()),
                StandardCharsets.UTF_8);
        assertThat(Pattern.compile("<path[ >]").matcher(svg).results().count()).isEqualTo(51 + 2 + 2);
        assertThat(svg).contains(">Median annual wage of Chief Executives by state</text>",
                ">Suppressed by BLS</text>", ">No figure</text>", "May 2025");

        byte[] pdf = MapRenderer.render(map, ChartFormat.PDF, single);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Chief Executives by state", "Suppressed by BLS",
                    "Occupational Employment and Wage Statistics");
        }
    }
}
