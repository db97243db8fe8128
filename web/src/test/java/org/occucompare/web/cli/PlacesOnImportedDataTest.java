package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.TestServer;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.importer.SharedData;

/**
 * Places on imported OEWS JSON: O*NET's occupation list, the May 2025 nation, Illinois, Texas and California, the
 * Chicago and Austin metro files, the May 2024 South Illinois nonmetro file and the area list. The figures are the
 * issue's (issue 11), as the official May 2025 release publishes them; jobs per 1,000 jobs and location quotients are
 * read by hand from the same files ({@code "j1k"} and {@code "lq"} of {@code "29-1141"}: Illinois 22.78 and 1.05,
 * California 18.609 and 0.86, Texas 19.287 and 0.89; the Chicago metro file has {@code "lq":1.02} and no jobs per
 * 1,000).
 */
class PlacesOnImportedDataTest {
    @TempDir
    static Path dir;

    private static CommandRunner runner;

    @BeforeAll
    static void importTheFiles() {
        runner = new CommandRunner(dir);
        String json = "bls-oews-state-json/";
        String metros = "bls-oews-msa-2025-json/";
        int exit = runner.run("import", SharedData.require("onet-30.1/Occupation Data.txt").toString(),
                SharedData.require(json + "may2025/national.json").toString(),
                SharedData.require(json + "may2025/states/17.json").toString(),
                SharedData.require(json + "may2025/states/48.json").toString(),
                SharedData.require(json + "may2025/states/06.json").toString(),
                SharedData.require(json + "may2024/nonmetro-territories/1700004.json").toString(),
                SharedData.require(metros + "metros/16980.json").toString(),
                SharedData.require(metros + "metros/12420.json").toString(),
                SharedData.require(metros + "metros-index.json").toString());
        assertThat(exit).as(runner.err()).isZero();
    }

    private static List<CSVRecord> compare(String... args) throws IOException {
        int exit = runner.run(args);
        assertThat(exit).as(runner.err()).isZero();
        return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(runner.out())).getRecords();
    }

    private static String median(List<CSVRecord> rows, String code, String location) {
        return rows.stream().filter(r -> r.get("occupation_code").equals(code) && r.get("location").equals(location)
                && r.get("measure").equals("annual_wage_median")).findFirst().orElseThrow().get("value");
    }

    @Test
    void compare_in_chicago_sets_the_metro_beside_illinois_and_the_nation() throws IOException {
        List<CSVRecord> rows = compare("compare", "29-1141.00", "15-1252.00", "--location", "Chicago, IL",
                "--format", "csv");

        assertThat(median(rows, "29-1141.00", "area:16980")).isEqualTo("100490");
        assertThat(median(rows, "29-1141.00", "IL")).isEqualTo("95990");
        assertThat(median(rows, "29-1141.00", "US")).isEqualTo("97550");
        assertThat(median(rows, "15-1252.00", "area:16980")).isEqualTo("134380");
        CSVRecord metro = rows.stream().filter(r -> r.get("location").equals("area:16980")).findFirst().orElseThrow();
        assertThat(metro.get("location_name")).isEqualTo("Chicago-Naperville-Elgin, IL-IN");
        assertThat(metro.get("source")).endsWith("May 2025");

        assertThat(measure(rows, "29-1141.00", "IL", "jobs_per_1000").get("value")).isEqualTo("22.78");
        assertThat(measure(rows, "29-1141.00", "IL", "location_quotient").get("value")).isEqualTo("1.05");
        CSVRecord metroJobs = measure(rows, "29-1141.00", "area:16980", "jobs_per_1000");
        assertThat(metroJobs.get("qualifier")).isEqualTo("missing");
        assertThat(metroJobs.get("note")).isEqualTo("not published");
        assertThat(measure(rows, "29-1141.00", "area:16980", "location_quotient").get("value")).isEqualTo("1.02");
        assertThat(rows).noneMatch(r -> r.get("location").equals("US") && r.get("measure").equals("jobs_per_1000"));
    }

    private static CSVRecord measure(List<CSVRecord> rows, String code, String location, String measure) {
        return rows.stream().filter(r -> r.get("occupation_code").equals(code) && r.get("location").equals(location)
                && r.get("measure").equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void the_text_report_says_how_the_city_was_resolved() {
        assertThat(runner.run("compare", "29-1141.00", "15-1252.00", "--location", "Chicago, IL")).isZero();

        assertThat(runner.out()).contains("in Chicago-Naperville-Elgin, IL-IN, Illinois, United States")
                .contains("Note: Chicago, IL → Chicago-Naperville-Elgin, IL-IN metro area")
                .contains("100,490").contains("95,990").contains("97,550");
    }

    @Test
    void an_area_code_and_an_area_name_are_the_area() throws IOException {
        assertThat(median(compare("compare", "15-1252.00", "29-1141.00", "--location", "12420", "--format", "csv"),
                "15-1252.00", "area:12420")).isEqualTo("134120");
        assertThat(median(compare("compare", "15-1252.00", "29-1141.00", "--location",
                "Chicago-Naperville-Elgin, IL-IN", "--format", "csv"), "15-1252.00", "area:16980"))
                .isEqualTo("134380");
    }

    @Test
    void a_zip_code_is_compared_in_its_county_s_metro_and_its_state() throws IOException {
        List<CSVRecord> rows = compare("compare", "29-1141.00", "15-1252.00", "--location", "60601", "--format",
                "csv");

        assertThat(median(rows, "29-1141.00", "area:16980")).isEqualTo("100490");
        assertThat(median(rows, "29-1141.00", "IL")).isEqualTo("95990");
        assertThat(median(rows, "29-1141.00", "US")).isEqualTo("97550");
    }

    @Test
    void show_prints_the_ladder_and_california_its_hourly_median() {
        assertThat(runner.run("show", "29-1141.00", "--location", "Chicago, IL")).as(runner.err()).isZero();
        assertThat(runner.out()).contains("Place: Chicago, IL → Chicago-Naperville-Elgin, IL-IN metro area")
                .contains("Chicago-Naperville-Elgin").contains("Illinois").contains("United States")
                .contains("100,490");

        assertThat(runner.run("show", "29-1141.00", "--location", "CA")).as(runner.err()).isZero();
        assertThat(runner.out()).contains("67.44");
    }

    @Test
    void a_nonmetro_area_of_may_2024_beside_may_2025_states_says_the_years_differ() {
        assertThat(runner.run("compare", "29-1141.00", "15-1252.00", "--location", "1700004")).as(runner.err())
                .isZero();

        assertThat(runner.out()).contains("Note: area:1700004 → South Illinois nonmetropolitan area")
                .contains("Note: The wages compared are of different OEWS years: May 2025 for Illinois, United States; May 2024 for South Illinois"
                        + " nonmetropolitan area");
    }

    @Test
    void places_lists_the_metro_areas_and_the_states_with_their_years() throws IOException {
        List<CSVRecord> metros = compare("places", "29-1141.00", "--level", "metro", "--format", "csv");
        assertThat(metros).extracting(r -> r.get("location")).containsExactly("area:16980", "area:12420");
        assertThat(metros.get(0).get("annual_median_usd")).isEqualTo("100490");
        assertThat(metros.get(0).get("oews_year")).isEqualTo("2025");

        List<CSVRecord> states = compare("places", "29-1141.00", "--format", "csv");
        // the states imported: California 2025 (hourly 67.44), Illinois 95,990, Texas; highest median first
        assertThat(states).extracting(r -> r.get("location")).startsWith("CA").contains("IL", "TX");
        CSVRecord california = states.get(0);
        assertThat(california.get("hourly_median_usd")).isEqualTo("67.44");
        assertThat(states.stream().filter(r -> r.get("location").equals("IL")).findFirst().orElseThrow()
                .get("annual_median_usd")).isEqualTo("95990");

        assertThat(runner.run("places", "29-1141.00", "--level", "county")).isEqualTo(2);
        assertThat(runner.err()).contains("state or metro");
    }

    private static CSVRecord at(List<CSVRecord> rows, String location) {
        return rows.stream().filter(r -> r.get("location").equals(location)).findFirst().orElseThrow();
    }

    @Test
    void places_carry_jobs_per_1000_and_the_location_quotient_in_csv_json_and_text() throws IOException {
        List<CSVRecord> states = compare("places", "29-1141.00", "--format", "csv");
        assertThat(at(states, "IL").get("jobs_per_1000")).isEqualTo("22.78");
        assertThat(at(states, "IL").get("location_quotient")).isEqualTo("1.05");
        assertThat(at(states, "CA").get("jobs_per_1000")).isEqualTo("18.609");
        assertThat(at(states, "TX").get("location_quotient")).isEqualTo("0.89");

        List<CSVRecord> metros = compare("places", "29-1141.00", "--level", "metro", "--format", "csv");
        assertThat(at(metros, "area:16980").get("jobs_per_1000")).isEmpty();
        assertThat(at(metros, "area:16980").get("location_quotient")).isEqualTo("1.02");

        assertThat(runner.run("places", "29-1141.00", "--format", "json")).as(runner.err()).isZero();
        assertThat(runner.out()).contains("\"jobsPer1000\" : 22.78", "\"locationQuotient\" : 1.05",
                "\"jobsPer1000\" : 18.609");
        assertThat(runner.run("places", "29-1141.00")).as(runner.err()).isZero();
        assertThat(runner.out()).contains("Per 1,000 jobs", "LQ");
        String illinois = runner.out().lines().filter(l -> l.startsWith("Illinois")).findFirst().orElseThrow();
        assertThat(illinois).contains("22.78", "1.05");
    }

    @Test
    void the_map_of_jobs_per_1000_is_drawn_in_every_format_and_listed_on_the_places_page() throws Exception {
        try (TestServer server = TestServer.start(Map.of(AppConfig.DB, "jdbc:h2:file:"
                + dir.resolve("db").toAbsolutePath()), config -> { })) {
            String query = "?occupations=29-1141.00&measure=employment-per-1000";
            HttpResponse<String> csv = server.get("/api/charts/map.csv" + query);
            assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
            assertThat(csv.body()).contains(
                    "29-1141.00,Registered Nurses,employment-per-1000,IL,17,Illinois,22.78,figure,May 2025\r\n",
                    ",CA,06,California,18.609,figure,May 2025\r\n", ",TX,48,Texas,19.287,figure,May 2025\r\n",
                    ",NY,36,New York,,missing,\r\n");

            HttpResponse<String> svg = server.get("/api/charts/map.svg" + query);
            assertThat(svg.statusCode()).as(svg.body()).isEqualTo(200);
            // three states with a figure, so three classes of one state each: 18.61, 19.29, 22.78
            assertThat(svg.body()).contains(">Employment per 1,000 jobs of Registered Nurses by state</text>",
                    ">18.61</text>", ">19.29</text>", ">22.78</text>", "May 2025");

            HttpResponse<byte[]> png = server.getBytes("/api/charts/map.png" + query);
            assertThat(png.statusCode()).isEqualTo(200);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(image.getWidth()).isPositive();

            HttpResponse<byte[]> pdf = server.getBytes("/api/charts/map.pdf" + query);
            assertThat(pdf.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document)).contains(
                        "Employment per 1,000 jobs of Registered Nurses by state", "22.78");
            }

            String page = server.get("/occupations/29-1141.00/places").body();
            assertThat(page).contains("<a href=\"/occupations/29-1141.00/places?level=state&amp;measure="
                    + "employment-per-1000\">Employment per 1,000 jobs</a>");
            String mapped = server.get("/occupations/29-1141.00/places" + query.replace("occupations=29-1141.00&",
                    "")).body();
            assertThat(mapped).contains("Map: Employment per 1,000 jobs",
                    "<th scope=\"row\">Illinois</th><td data-sort=\"22.78\">22.78</td>");

            HttpResponse<String> quotients = server.get("/api/charts/map.csv?occupations=29-1141.00"
                    + "&measure=location-quotient");
            assertThat(quotients.body()).contains(",location-quotient,IL,17,Illinois,1.05,figure,May 2025\r\n",
                    ",CA,06,California,0.86,figure,May 2025\r\n");

            HttpResponse<String> api = server.get("/api/occupations/29-1141.00/places");
            assertThat(api.body()).contains("\"jobsPer1000\":22.78", "\"locationQuotient\":1.05");
        }
    }
}
