package org.occucompare.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
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
import org.occucompare.web.compare.SampleComparisons;
import org.occucompare.web.places.CountyAreas;
import org.occucompare.web.places.OewsArea;
import org.occucompare.web.places.PlaceLevel;

/**
 * The metro map: counties coloured by their OEWS area. On the bundled sample, Registered Nurses have OEWS May 2025
 * medians in ten metro areas (the official metro files): Austin $97,890, Houston $99,830, Chicago $100,490, Atlanta
 * $100,490, Dallas $101,420, Washington $102,710, Boston $106,180, New York $119,720, Los Angeles $135,560, San
 * Francisco $186,610. Five quantile classes of ten areas start at ranks ceil(j·10/5) = 0, 2, 4, 6, 8: $97,890,
 * $100,490, $101,420, $106,180 and $135,560, so Chicago is in the second class and Cook County with it.
 */
class MetroMapTest {
    private static final String COOK = "17031";
    private static final String CHICAGO = "16980";

    private static AreaMap nurses(MapMeasure measure) {
        return AreaMap.of(SampleComparisons.service().places("29-1141.00", PlaceLevel.METRO).occupation(), SampleComparisons.service().areas(),
                measure);
    }

    private static UsAtlas.Outline county(String fips) {
        return UsAtlas.counties().stream().filter(c -> c.fips().equals(fips)).findFirst().orElseThrow();
    }

    /** A point well inside an outline: the centre of the largest square on a grid that the outline contains. */
    private static Point2D interior(Path2D outline) {
        Rectangle2D box = outline.getBounds2D();
        Point2D best = null;
        for (double side = Math.min(box.getWidth(), box.getHeight()) / 2; best == null; side /= 2) {
            for (double x = box.getMinX(); x + side <= box.getMaxX() && best == null; x += side / 4) {
                for (double y = box.getMinY(); y + side <= box.getMaxY() && best == null; y += side / 4) {
                    if (outline.contains(x, y, side, side)) {
                        best = new Point2D.Double(x + side / 2, y + side / 2);
                    }
                }
            }
        }
        return best;
    }

    @Test
    void the_atlas_holds_every_county_and_the_counties_of_an_area_merge_into_the_land_they_cover() {
        assertThat(UsAtlas.counties()).hasSize(3144);
        assertThat(county(COOK).name()).isEqualTo("Cook");
        assertThat(county("09110").name()).isEqualTo("Capitol"); // Connecticut's planning regions, 2023
        assertThat(UsAtlas.counties()).allSatisfy(c -> assertThat(UsState.fromFips(c.fips().substring(0, 2)))
                .as(c.fips()).isPresent());

        List<String> chicago = CountyAreas.bundled().areasByCounty().entrySet().stream()
                .filter(e -> e.getValue().equals(CHICAGO)).map(Map.Entry::getKey).toList();
        assertThat(chicago).hasSize(13).contains(COOK, "17043", "18089"); // Cook, DuPage, Lake IN
        Path2D merged = UsAtlas.merged(chicago);
        List<Path2D> parts = chicago.stream().map(f -> county(f).outline()).toList();
        Rectangle2D box = merged.getBounds2D();
        int inside = 0;
        for (int i = 0; i < 120; i++) {
            for (int j = 0; j < 120; j++) {
                double x = box.getMinX() + (i + 0.5) * box.getWidth() / 120;
                double y = box.getMinY() + (j + 0.5) * box.getHeight() / 120;
                boolean inAny = parts.stream().anyMatch(p -> p.contains(x, y));
                assertThat(merged.contains(x, y)).as("(%s, %s)", x, y).isEqualTo(inAny);
                inside += inAny ? 1 : 0;
            }
        }
        assertThat(inside).isGreaterThan(1000);
        // the borders between the counties are gone: fewer segments than the counties have together
        assertThat(segments(merged)).isLessThan(parts.stream().mapToInt(MetroMapTest::segments).sum() / 2);
    }

    private static int segments(Path2D path) {
        int n = 0;
        for (var it = path.getPathIterator(null); !it.isDone(); it.next()) {
            n++;
        }
        return n;
    }

    @Test
    void each_county_takes_the_class_colour_of_its_area_and_land_without_an_area_is_drawn_apart() {
        AreaMap map = nurses(MapMeasure.MEDIAN_ANNUAL);
        Scene scene = MapChart.figure(map, FigureSize.screen()).scene();
        assertThat(scene.texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text()).containsExactly(
                "$97,890 – $99,830", "$100,490", "$101,420 – $102,710", "$106,180 – $119,720",
                "$135,560 – $186,610", "No figure", "No OEWS area known");
        assertThat(fillAt(scene, COOK)).isEqualTo(MapChart.CLASS_COLOURS[1]);
        assertThat(fillAt(scene, "48453")).isEqualTo(MapChart.CLASS_COLOURS[0]); // Travis: Austin
        assertThat(fillAt(scene, "06075")).isEqualTo(MapChart.CLASS_COLOURS[4]); // San Francisco
        assertThat(fillAt(scene, "01043")).isEqualTo(MapChart.NO_FIGURE); // Cullman, AL: a nonmetro area
        String withoutArea = UsAtlas.counties().stream().map(UsAtlas.Outline::fips)
                .filter(f -> CountyAreas.bundled().areaOf(f).isEmpty()).findFirst().orElseThrow();
        assertThat(fillAt(scene, withoutArea)).isEqualTo(MapChart.NO_AREA);
        // the state borders are drawn over the areas, one outline per state
        assertThat(scene.marks(Role.BORDER)).hasSize(51).allSatisfy(m -> assertThat(m.fill()).isNull());
        String caption = String.join(" ", scene.texts(Role.CAPTION).stream().map(t -> t.text().text()).toList());
        assertThat(caption).contains("Source: Occupational Employment and Wage Statistics, May 2025.",
                "an area counts once", "cartographic boundary files 2023");
    }

    /** The fill of the data mark under a county's interior point, the topmost if several. */
    private static Color fillAt(Scene scene, String fips) {
        Point2D p = toPage(scene, interior(county(fips).outline()));
        List<SceneMark> under = scene.marks(Role.DATA).stream().filter(m -> m.stroke() != null)
                .filter(m -> m.shape().contains(p)).toList();
        assertThat(under).as(fips).hasSize(1);
        return under.get(0).fill();
    }

    private static Point2D toPage(Scene scene, Point2D atlasPoint) {
        Rectangle2D plot = scene.plotAreas().get(0);
        Rectangle2D atlas = UsAtlas.bounds();
        double scale = plot.getWidth() / atlas.getWidth();
        return new Point2D.Double(plot.getMinX() + (atlasPoint.getX() - atlas.getMinX()) * scale,
                plot.getMinY() + (atlasPoint.getY() - atlas.getMinY()) * scale);
    }

    @Test
    void the_png_has_cook_county_in_chicagos_class_colour_the_svg_and_pdf_have_real_text() throws Exception {
        AreaMap map = nurses(MapMeasure.MEDIAN_ANNUAL);
        FigureSize size = FigureSize.Preset.DOUBLE.size();
        byte[] png = MapRenderer.render(map, ChartFormat.PNG, size);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Scene scene = MapChart.figure(map, size).scene();
        Point2D cook = toPage(scene, interior(county(COOK).outline()));
        double px = size.pixelsPerPoint();
        int rgb = image.getRGB((int) (cook.getX() * px), (int) (cook.getY() * px)) & 0xFFFFFF;
        assertThat(new Color(rgb)).isEqualTo(MapChart.CLASS_COLOURS[1]);

        String svg = new String(MapRenderer.render(map, ChartFormat.SVG, FigureSize.screen()),
                StandardCharsets.UTF_8);
        assertThat(svg).contains(">Median annual wage of Registered Nurses by metro and nonmetro area</text>",
                ">No figure</text>", ">No OEWS area known</text>", "May 2025");
        assertThat(svg).contains("<title>Median annual wage of Registered Nurses by metro and nonmetro area</title>");
        assertThat(svg).contains("Chicago-Naperville-Elgin, IL-IN $100,490"); // in the description
        assertThat(svg.length()).as("areas merged from their counties keep the SVG small").isLessThan(1_500_000);

        byte[] pdf = MapRenderer.render(map, ChartFormat.PDF, FigureSize.Preset.SINGLE.size());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Median annual wage of Registered Nurses by", "No OEWS area known",
                    "Occupational Employment and Wage Statistics");
        }
    }

    @Test
    void the_table_has_one_row_per_area_with_the_official_figures() {
        AreaMap map = nurses(MapMeasure.MEDIAN_ANNUAL);
        assertThat(map.cells()).extracting(c -> c.area().code()).doesNotHaveDuplicates();
        assertThat(map.cells()).hasSize(SampleComparisons.service().areas().size());
        String csv = map.csv();
        assertThat(csv.split("\r\n")).hasSize(1 + map.cells().size());
        assertThat(csv).startsWith("occupation_code,occupation,measure,area_code,name,kind,states,value,status,"
                + "vintage,counties\r\n");
        assertThat(csv).contains("29-1141.00,Registered Nurses,median-annual,16980,\"Chicago-Naperville-Elgin, IL-IN\","
                + "metro,IL IN,100490,figure,May 2025,13\r\n");
        assertThat(csv).contains(",41860,\"San Francisco-Oakland-Fremont, CA\",metro,CA,186610,figure,May 2025,");
        assertThat(csv).contains(",0100001,");
        assertThat(map.source()).isEqualTo("Source: Occupational Employment and Wage Statistics, May 2025.");
        assertThat(map.title()).isEqualTo("Median annual wage of Registered Nurses by metro and nonmetro area");
        assertThat(MapChart.figure(map, FigureSize.screen()).title()).isEqualTo(map.title());

        AreaMap quotients = nurses(MapMeasure.LOCATION_QUOTIENT);
        assertThat(quotients.csv()).contains(",16980,\"Chicago-Naperville-Elgin, IL-IN\",metro,IL IN,1.02,figure,");
        assertThat(map.available()).containsExactly(MapMeasure.MEDIAN_ANNUAL, MapMeasure.LOCATION_QUOTIENT,
                MapMeasure.PRICE_ADJUSTED);
    }

    @Test
    void measures_without_area_figures_are_refused_with_the_reason() {
        assertThatThrownBy(() -> nurses(MapMeasure.GROWTH)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("published by state").hasMessageContaining("level=state");
        assertThatThrownBy(() -> nurses(MapMeasure.MEDIAN_HOURLY)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("No metro or nonmetro area has a figure of median hourly wage")
                .hasMessageContaining("no hourly");
    }

    @Test
    void the_price_adjusted_map_divides_each_metro_median_by_the_areas_own_price_parity() throws Exception {
        AreaMap map = nurses(MapMeasure.PRICE_ADJUSTED);
        // OEWS May 2025 medians over BEA's 2024 parities (metro JSON meta.rpp), by hand: Washington 102,710 / 1.08884
        // = 94,329.75; Chicago 100,490 / 1.03595 = 97,002.75; Boston 106,180 / 1.08266 = 98,073.26; Dallas 101,420 /
        // 1.0309 = 98,380.06; Austin 97,890 / 0.98066 = 99,820.53; Atlanta 100,490 / 1.00058 = 100,431.75; Houston
        // 99,830 / 0.98629 = 101,217.69; New York 119,720 / 1.12563 = 106,358.22; Los Angeles 135,560 / 1.13566 =
        // 119,366.71; San Francisco 186,610 / 1.15613 = 161,409.18. Sorted, the classes start at ranks 0, 2, 4, 6, 8:
        // Chicago drops from the second class of the median map to the first.
        AreaMap.Cell chicago = map.cells().stream().filter(c -> c.area().code().equals(CHICAGO)).findFirst()
                .orElseThrow();
        assertThat(map.text(chicago)).isEqualTo("$97,003");
        assertThat(map.csv()).startsWith("occupation_code,occupation,measure,area_code,name,kind,states,value,status,"
                + "vintage,counties,price_parity,price_parity_year\r\n").contains(
                "29-1141.00,Registered Nurses,price-adjusted,16980,\"Chicago-Naperville-Elgin, IL-IN\",metro,IL IN,"
                        + "97002.75,figure,May 2025,13,103.595,2024\r\n",
                ",41860,\"San Francisco-Oakland-Fremont, CA\",metro,CA,161409.18,figure,May 2025,")
                // no wage at all: missing, whether or not a parity would be known
                .contains(",0100001,Northwest Alabama nonmetropolitan area,nonmetro,AL,,missing,,6,,\r\n");
        assertThat(map.source()).isEqualTo("Source: Occupational Employment and Wage Statistics, May 2025. Price"
                + " levels: BEA Regional Price Parities, all items (U.S. = 100), 2024 (BEA, Regional Price Parities by"
                + " metropolitan area); each median is divided by its place's parity over 100.");
        assertThat(fillAt(MapChart.figure(map, FigureSize.screen()).scene(), COOK))
                .isEqualTo(MapChart.CLASS_COLOURS[0]);

        byte[] pdf = MapRenderer.render(map, ChartFormat.PDF, FigureSize.Preset.SINGLE.size());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "Price-adjusted median annual wage of Registered Nurses", "BEA Regional Price Parities");
        }
    }

    @Test
    void an_area_with_a_wage_but_no_price_parity_is_drawn_apart_and_named_in_the_legend() {
        List<OewsArea> areas = List.of(
                new OewsArea(CHICAGO, "Chicago-Naperville-Elgin, IL-IN", List.of(UsState.ILLINOIS,
                        UsState.INDIANA), true),
                new OewsArea("0100001", "Northwest Alabama nonmetropolitan area", List.of(UsState.ALABAMA), false));
        WageAmount none = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        Occupation o = Occupation.minimal(OccupationCode.parse("29-1141.00"), "Registered Nurses",
                Retrieval.of(Location.NATIONAL, Instant.parse("2026-01-01T00:00:00Z"), SourceKind.OEWS))
                .withWages(new Wages(Optional.empty(), false, OptionalInt.of(2025), List.of(
                        annual(CHICAGO, WageAmount.of(100_490), none), annual("0100001", WageAmount.of(70_000),
                                none))));
        AreaMap map = AreaMap.of(o, areas, MapMeasure.PRICE_ADJUSTED);

        // BEA publishes no parity for a nonmetropolitan area: its wage is not adjusted, and not dropped to 0
        assertThat(map.cells()).extracting(AreaMap.Cell::status).containsExactly(StateMap.Status.FIGURE,
                StateMap.Status.NO_PARITY);
        Scene scene = MapChart.figure(map, FigureSize.screen()).scene();
        assertThat(scene.texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text()).containsExactly("$97,003",
                "No figure", "A wage, but no BEA price parity", "No OEWS area known");
        assertThat(fillAt(scene, "01059")).isEqualTo(MapChart.NO_PARITY); // Franklin County, AL: Northwest Alabama
        assertThat(map.csv()).contains(",0100001,Northwest Alabama nonmetropolitan area,nonmetro,AL,,no_parity,"
                + "May 2025,6,,\r\n");
    }

    @Test
    void a_top_coded_median_divided_by_its_parity_is_hatched_over_its_own_class_and_the_caption_says_so() {
        List<OewsArea> areas = List.of(
                new OewsArea(CHICAGO, "Chicago-Naperville-Elgin, IL-IN", List.of(UsState.ILLINOIS,
                        UsState.INDIANA), true),
                new OewsArea("12420", "Austin-Round Rock-San Marcos, TX", List.of(UsState.TEXAS), true));
        WageAmount none = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        Occupation o = Occupation.minimal(OccupationCode.parse("29-1215.00"), "Family Medicine Physicians",
                Retrieval.of(Location.NATIONAL, Instant.parse("2026-01-01T00:00:00Z"), SourceKind.OEWS))
                .withWages(new Wages(Optional.empty(), false, OptionalInt.of(2025), List.of(
                        annual(CHICAGO, WageAmount.topCoded(WageAmount.OEWS_TOP_CODE_ANNUAL_USD), none),
                        annual("12420", WageAmount.of(236_000), none))));
        AreaMap map = AreaMap.of(o, areas, MapMeasure.PRICE_ADJUSTED);

        // by hand: Chicago's bound 239,200 / 1.03595 = 230,899.17, below Austin's 236,000 / 0.98066 = 240,654.25
        assertThat(map.cells()).extracting(map::text).containsExactly("$240,654", "≥ $230,899"); // Austin, Chicago
        Figure figure = MapChart.figure(map, FigureSize.screen());
        assertThat(figure.scene().texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text()).containsExactly(
                "$230,899", "$240,654", "Top-coded: at least the bound shown, hatched over its class", "No figure",
                "No OEWS area known");
        assertThat(String.join(" ", figure.caption())).contains("A top-coded median divided by its place's parity is"
                + " still only a lower bound, and is classed by that bound.");
    }

    @Test
    void figures_only_off_the_map_make_no_map() {
        WageAmount none = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        Occupation o = Occupation.minimal(OccupationCode.parse("11-1011.00"), "Chief Executives",
                Retrieval.of(Location.NATIONAL, Instant.parse("2026-01-01T00:00:00Z"), SourceKind.OEWS))
                .withWages(new Wages(Optional.empty(), false, OptionalInt.of(2025), List.of(
                        annual("41980", WageAmount.of(90_000), none))));
        // San Juan, PR: in the gazetteer, but no county of the atlas lies in it
        List<OewsArea> areas = List.of(new OewsArea("41980", "San Juan-Bayamón-Caguas, PR",
                List.of(UsState.PUERTO_RICO), true));
        assertThatThrownBy(() -> AreaMap.of(o, areas, MapMeasure.MEDIAN_ANNUAL)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("No metro or nonmetro area has a figure of median annual wage");
    }

    @Test
    void suppressed_and_top_coded_areas_are_hatched_and_named_in_the_legend() {
        List<OewsArea> areas = List.of(
                new OewsArea(CHICAGO, "Chicago-Naperville-Elgin, IL-IN", List.of(UsState.ILLINOIS,
                        UsState.INDIANA), true),
                new OewsArea("12420", "Austin-Round Rock-San Marcos, TX", List.of(UsState.TEXAS), true),
                new OewsArea("35620", "New York-Newark-Jersey City, NY-NJ", List.of(UsState.NEW_YORK,
                        UsState.NEW_JERSEY), true),
                new OewsArea("0100001", "Northwest Alabama nonmetropolitan area", List.of(UsState.ALABAMA), false));
        WageAmount none = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        List<WageEstimate> estimates = List.of(
                annual(CHICAGO, WageAmount.topCoded(WageAmount.OEWS_TOP_CODE_ANNUAL_USD), none),
                annual("12420", WageAmount.missing(MissingReason.SUPPRESSED), none),
                annual("35620", WageAmount.of(200_000), none), annual("0100001", WageAmount.of(150_000), none));
        Occupation o = Occupation.minimal(OccupationCode.parse("11-1011.00"), "Chief Executives",
                Retrieval.of(Location.NATIONAL, Instant.parse("2026-01-01T00:00:00Z"), SourceKind.OEWS))
                .withWages(new Wages(Optional.empty(), false, OptionalInt.of(2025), estimates));
        AreaMap map = AreaMap.of(o, areas, MapMeasure.MEDIAN_ANNUAL);
        Scene scene = MapChart.figure(map, FigureSize.screen()).scene();
        // three values in five classes: $150,000, $200,000 and the top code $239,200, each a class of its own
        assertThat(scene.texts(Role.LEGEND_TEXT)).extracting(t -> t.text().text()).containsExactly("$150,000",
                "$200,000", "$239,200", "Top-coded: at least the bound shown", "Suppressed by BLS", "No figure",
                "No OEWS area known");
        Map<Color, Long> hatches = scene.marks(Role.DATA).stream().filter(m -> m.stroke() == null)
                .collect(Collectors.groupingBy(SceneMark::fill, Collectors.counting()));
        assertThat(hatches).containsOnly(Map.entry(MapChart.TOP_CODED_HATCH, 1L),
                Map.entry(MapChart.SUPPRESSED_HATCH, 1L));
        assertThat(fillAt(scene, COOK)).isEqualTo(MapChart.CLASS_COLOURS[4]);
        assertThat(fillAt(scene, "48453")).isEqualTo(MapChart.NO_FIGURE);
        assertThat(map.csv()).contains(",16980,\"Chicago-Naperville-Elgin, IL-IN\",metro,IL IN,239200,top_coded,"
                + "May 2025,13\r\n", ",12420,\"Austin-Round Rock-San Marcos, TX\",metro,TX,,suppressed,May 2025,");
    }

    private static WageEstimate annual(String area, WageAmount median, WageAmount none) {
        return new WageEstimate(new Location.Area(area), area, RateType.ANNUAL, none, none, median, none, none, none,
                OptionalLong.empty());
    }
}
