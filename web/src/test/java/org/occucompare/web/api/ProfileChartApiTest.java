package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.web.CareerOneStopStandIn;
import org.occucompare.web.CareerOneStopStandIn.Reply;
import org.occucompare.web.TestServer;

/**
 * {@code GET /api/charts/{industries|attainment|interests}.{png|svg|pdf|csv}} on real servers: over the bundled
 * sample, and over a stand-in for CareerOneStop serving the api-client's Registered Nurses answer. The figures are
 * those of O*NET 30.1 {@code Interests.txt} (29-1141.00: Realistic 3.66, Social 5.62) and Employment Projections
 * table 5.3 (29-1141: Bachelor's degree 54.4 %), which the fixture carries too; its two industry rows are
 * illustrative.
 */
class ProfileChartApiTest {
    private static TestServer sample;
    private static CareerOneStopStandIn careerOneStop;
    private static TestServer live;
    private static final AtomicBoolean FAILING = new AtomicBoolean();

    @BeforeAll
    static void start() {
        sample = TestServer.start();
        careerOneStop = new CareerOneStopStandIn(() -> FAILING.get()
                ? Reply.json(404, "{\"Message\": \"Not found - (An error occurred)\"}")
                : Reply.fixture("registered-nurses-ca.json"));
        live = TestServer.start(careerOneStop.settings(), c -> { });
    }

    @AfterAll
    static void stop() {
        sample.close();
        live.close();
        careerOneStop.close();
    }

    @Test
    void one_occupation_is_enough_and_the_csv_is_the_table_of_the_chart() throws Exception {
        HttpResponse<String> svg = sample.get("/api/charts/interests.svg?occupations=29-1141.00");
        assertThat(svg.statusCode()).as(svg.body()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/svg+xml"));
        assertThat(svg.body()).contains(">Interest profile (RIASEC): Registered Nurses</text>", ">Social</text>");
        assertThat(svg.headers().firstValue("ETag")).isPresent();

        HttpResponse<String> csv = sample.get("/api/charts/attainment.csv?occupations=29-1141.00,15-1252.00");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"occucompare-attainment.csv\"");
        assertThat(csv.body()).startsWith("occupation_code,occupation,chart,category_code,category,measure,value,"
                + "unit,status,note,source\r\n").contains("29-1141.00,Registered Nurses,attainment,"
                        + "Bachelor's degree,Bachelor's degree,share_of_workers_pct,54.4,percent,figure,,");
        assertThat(csv.body().split("\r\n")).hasSize(1 + 2 * 7);
    }

    @Test
    void industries_on_the_local_data_are_a_readable_notice_not_a_broken_image() throws Exception {
        HttpResponse<byte[]> png = sample.getBytes("/api/charts/industries.png?occupations=29-1141.00");
        assertThat(png.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isEqualTo(1000);

        HttpResponse<String> svg = sample.get("/api/charts/industries.svg?occupations=29-1141.00");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).contains("Available with a CareerOneStop token.");

        HttpResponse<String> csv = sample.get("/api/charts/industries.csv?occupations=29-1141.00");
        assertThat(csv.body()).contains(",missing,available with a CareerOneStop token,");
    }

    @Test
    void the_live_path_draws_what_careeronestop_returns_asking_only_for_that_section() throws Exception {
        HttpResponse<String> csv = live.get("/api/charts/industries.csv?occupations=29-1141.00");

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        // IndustryOccEmplt of the fixture: 50.2 % and 1,702.3 thousand jobs in 622100
        assertThat(csv.body()).contains("29-1141.00,Registered Nurses,industries,622100,"
                + "General medical and surgical hospitals; private,share_of_jobs_pct,50.2,percent,figure,,")
                .contains(",622100,General medical and surgical hospitals; private,jobs,1702300,jobs,figure,,")
                .contains(",621100,Offices of physicians,share_of_jobs_pct,6.7,");
        assertThat(careerOneStop.queries()).last().satisfies(query -> assertThat(List.of(query.split("&")))
                .filteredOn(p -> p.endsWith("=true"))
                .containsExactlyInAnyOrder("industryEmpPattern=true", "enableMetaData=true"));

        HttpResponse<String> interests = live.get("/api/charts/interests.csv?occupations=29-1141.00");
        assertThat(interests.body()).contains(",1.B.1.a,Realistic,interest_score,3.66,")
                .contains(",1.B.1.d,Social,interest_score,5.62,");
        HttpResponse<String> attainment = live.get("/api/charts/attainment.svg?occupations=29-1141.00");
        assertThat(attainment.statusCode()).isEqualTo(200);
        assertThat(attainment.body()).contains(">54.4 %</text>").doesNotContain(CareerOneStopStandIn.TOKEN);
    }

    @Test
    void a_failing_source_is_a_503_that_says_when_to_ask_again_and_no_chart_is_kept_without_it() throws Exception {
        FAILING.set(true);
        try {
            HttpResponse<String> failed = live.get("/api/charts/attainment.png?occupations=29-1171.00");

            assertThat(failed.statusCode()).isEqualTo(503);
            assertThat(failed.body()).doesNotContain(CareerOneStopStandIn.TOKEN);
        } finally {
            FAILING.set(false);
        }
    }

    @Test
    void bad_requests_are_400s_that_say_what_to_send_and_an_unknown_code_a_404() throws Exception {
        HttpResponse<String> none = sample.get("/api/charts/interests.svg");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("occupations").contains("1 to 10");

        HttpResponse<String> gif = sample.get("/api/charts/interests.gif?occupations=29-1141.00");
        assertThat(gif.statusCode()).isEqualTo(400);

        HttpResponse<String> wagesCsv = sample.get("/api/charts/wages.csv?occupations=29-1141.00,15-1252.00");
        assertThat(wagesCsv.statusCode()).isEqualTo(400);

        HttpResponse<String> unknown = sample.get("/api/charts/interests.svg?occupations=99-9999.01");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
