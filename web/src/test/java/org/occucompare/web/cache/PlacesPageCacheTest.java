package org.occucompare.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;

/**
 * The places page, {@code /occupations/{code}/places}, is rendered once per occupation, level, measure and dataset
 * version and kept in the response cache like the occupation page: each level and measure is a page of its own,
 * the same request spelt otherwise is the same page, and bad input is answered as before with nothing kept. That a
 * new dataset version replaces it and that a client holding it gets 304 are in {@link ResponseCacheTest}. On a real
 * server over the bundled sample.
 */
class PlacesPageCacheTest {
    static final String STATES = "/occupations/29-1141.00/places";
    static final String METRO = "/occupations/29-1141.00/places?level=metro";

    @Test
    void each_level_and_measure_is_a_page_of_its_own_and_its_title_is_the_maps() throws Exception {
        try (TestServer server = TestServer.start()) {
            String[] paths = {STATES, STATES + "?measure=growth", METRO, METRO + "&measure=location-quotient"};
            String[] tags = new String[paths.length];
            for (int i = 0; i < paths.length; i++) {
                HttpResponse<String> page = server.get(paths[i]);
                assertThat(page.statusCode()).as(paths[i]).isEqualTo(200);
                tags[i] = page.headers().firstValue("ETag").orElseThrow();
            }

            assertThat(tags).as(Arrays.toString(paths)).doesNotHaveDuplicates();
            // the same request spelt otherwise is the same page
            assertThat(server.get(STATES + "?level=state").headers().firstValue("ETag")).hasValue(tags[0]);
            assertThat(server.get(STATES + "?measure=growth").body()).contains("alt=\"Projected employment change"
                    + " of Registered Nurses by state; the figures are in the table below.\"")
                    .doesNotContain("<h2>Map: Median annual wage");
            assertThat(server.get(METRO).body()).contains("alt=\"Median annual wage of Registered Nurses by metro"
                    + " and nonmetro area; the figures are in the table below.\"");
        }
    }

    @Test
    void bad_input_gets_the_same_400_page_and_nothing_is_kept() throws Exception {
        try (TestServer server = TestServer.start()) {
            for (String path : new String[] {METRO + "&measure=growth", STATES + "?measure=median-weekly",
                    STATES + "?level=county", "/occupations/not-a-code/places"}) {
                HttpResponse<String> bad = server.get(path);
                HttpResponse<String> again = server.get(path);

                assertThat(bad.statusCode()).as(path).isEqualTo(400);
                assertThat(bad.headers().firstValue("ETag")).as(path).isEmpty();
                assertThat(again.statusCode()).as(path).isEqualTo(400);
                assertThat(again.body()).as(path).isEqualTo(bad.body());
            }
            assertThat(server.get(METRO + "&measure=growth").body()).contains("Projected employment change is"
                    + " published by state");
        }
    }
}
