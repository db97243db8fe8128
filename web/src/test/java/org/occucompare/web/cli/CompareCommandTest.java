package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code occucompare compare} end to end over the bundled sample. Expected figures are from the official files:
 * OEWS May 2024 national (29-1141 A_MEDIAN 93,600; 11-1011 A_PCT75 and A_PCT90 "#") and state (CA 29-1141 A_MEDIAN
 * 140,330; CA 29-2061 A_MEDIAN 77,170).
 */
class CompareCommandTest {
    @TempDir
    static Path store;

    @TempDir
    Path files;

    private static CommandRunner cli;

    @BeforeAll
    static void loadTheSampleOnce() {
        cli = CommandRunner.onSample(store);
    }

    @Test
    void prints_an_aligned_table_with_the_published_figures_and_top_coded_bounds() {
        int exitCode = cli.run("compare", "29-1141.00", "11-1011.00", "--location", "US", "CA");

        assertThat(exitCode).isZero();
        assertThat(cli.out()).startsWith("Comparison of 2 occupations in United States, California (reference: "
                + "29-1141.00 Registered Nurses)");
        List<String> nurses = cli.out().lines().filter(l -> l.startsWith("29-1141.00  Registered Nurses")).toList();
        assertThat(nurses.get(0)).contains("US", "$93,600");
        assertThat(nurses.get(1)).contains("CA", "$140,330");
        String chiefsUs = cli.out().lines().filter(l -> l.startsWith("11-1011.00  Chief Executives  ")).findFirst()
                .orElseThrow();
        assertThat(chiefsUs).contains("≥ $239,200");
        // the table is aligned: every wage row is as long as the rule under its header
        List<String> wageTable = cli.out().lines().dropWhile(l -> !l.startsWith("Annual wages")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        assertThat(wageTable.get(1)).matches("[- ]+");
        assertThat(wageTable).allSatisfy(l -> assertThat(l.length()).isEqualTo(wageTable.get(1).length()));
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void csv_is_tidy_with_a_commented_header() throws IOException {
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--location", "US", "CA", "--format", "csv"))
                .isZero();

        assertThat(cli.out()).startsWith("# query: occupations=29-1141.00,29-2061.00; locations=US,CA");
        assertThat(cli.out()).contains("# app: OccuCompare " + System.getProperty("occucompare.expectedVersion"));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(cli.out())).getRecords();
        assertThat(rows).filteredOn(r -> r.get("measure").equals("annual_wage_median") && r.get("location")
                .equals("CA")).extracting(r -> r.get("occupation_code") + "=" + r.get("value"))
                .containsExactly("29-1141.00=140330", "29-2061.00=77170");
    }

    @Test
    void a_zip_code_is_compared_in_its_county_s_metro_its_state_and_the_nation() throws IOException {
        // GeoNames: 60601 lies in Cook County, IL; Cook County is in Chicago-Naperville-Elgin (16980). The sample has
        // the metro's May 2025 row (RN median $100,490) and May 2024 Illinois ($86,410) and national ($93,600) rows.
        assertThat(cli.run("compare", "29-1141.00", "15-1252.00", "--location", "60601")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("ZIP 60601 → Cook County, IL → Chicago-Naperville-Elgin, IL-IN metro area")
                .contains("$100,490").contains("$86,410").contains("$93,600");

        assertThat(cli.run("compare", "29-1141.00", "15-1252.00", "--location", "60601", "--format", "csv"))
                .isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(cli.out())).getRecords();
        assertThat(rows).filteredOn(r -> r.get("measure").equals("annual_wage_median")
                && r.get("occupation_code").equals("29-1141.00"))
                .extracting(r -> r.get("location") + "=" + r.get("value"))
                .containsExactly("area:16980=100490", "IL=86410", "US=93600");
    }

    @Test
    void json_carries_the_report_and_the_sources() throws IOException {
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--format", "json")).isZero();

        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertThat(doc.at("/report/reference").asText()).isEqualTo("29-1141.00");
        assertThat(doc.get("sources").findValuesAsText("vintage")).contains("May 2024");
    }

    @Test
    void an_unknown_code_is_named_on_standard_error_with_suggestions_and_the_rest_is_compared() {
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "29-1141.99", "--format", "csv")).isZero();

        assertThat(cli.err()).contains("29-1141.99", "Did you mean 29-1141.00 (Registered Nurses)", "left out");
        assertThat(cli.out()).contains("# unknown: No occupation matches \"29-1141.99\"");
    }

    @Test
    void writes_a_chart_as_svg_and_as_a_png_scaled_for_print() throws IOException {
        Path svg = files.resolve("charts/wages.svg");
        Path png = files.resolve("growth.png");

        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--chart", "wages", "--out", svg.toString()))
                .isZero();
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--chart", "growth", "--out", png.toString(),
                "--scale", "2")).isZero();

        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg").contains("<title>Annual wages");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2000);
        assertThat(cli.err()).contains("Wrote the growth chart to " + png);
    }

    @Test
    void cite_prints_bibtex_or_csl_json_for_the_data_used() throws IOException {
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--cite")).isZero();
        assertThat(cli.out()).startsWith("@misc{").contains("Occupational Employment and Wage Statistics, May 2024")
                .contains("CC BY 4.0");

        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--cite=csl")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).isArray()).isTrue();
    }

    @Test
    void bad_input_exits_2_and_nothing_known_exits_1() {
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--chart", "pie", "--out", "x.png")).isEqualTo(2);
        assertThat(cli.err()).contains("\"pie\" is not a chart kind").hasLineCount(1);

        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--chart", "wages", "--out", "x.gif"))
                .isEqualTo(2);
        assertThat(cli.run("compare", "29-1141.00")).isEqualTo(2);
        assertThat(cli.err()).contains("add a second place");

        assertThat(cli.run("compare", "99-9999.01", "99-9999.02")).isEqualTo(1);
        assertThat(cli.err()).contains("99-9999.01").hasLineCount(1);
    }
}
