package org.occucompare.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;
import org.occucompare.web.importer.BundledSample;
import org.occucompare.web.store.Database;

/**
 * The places page, {@code /occupations/{code}/places}, is rendered once per occupation, level, measure and dataset
 * version and kept in the response cache like the occupation page: a kept answer is served again (a change behind
 * the app's back does not show), a client holding it gets 304, a new dataset version replaces it, and bad input is
 * answered as before with nothing kept. On a real server over the bundled sample.
 */
class PlacesPageCacheTest {
    private static final String STATES = "/occupations/29-1141.00/places";
    private static final String METRO = "/occupations/29-1141.00/places?level=metro";

    @Test
    void a_kept_page_is_served_again_until_a_new_dataset_version_replaces_it() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> first = server.get(STATES);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("Registered Nurses by place");
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

            // a change behind the app's back, without a new dataset version: the kept page stays
            rename("Night Nurses", false, server);
            HttpResponse<String> kept = server.get(STATES);
            assertThat(kept.body()).isEqualTo(first.body());
            assertThat(kept.headers().firstValue("ETag")).hasValue(etag);
            // the same request spelt otherwise is the same page
            assertThat(server.get(STATES + "?level=state").headers().firstValue("ETag")).hasValue(etag);

            // a new dataset version: a new page under a new tag (the version is reread once a second)
            try (Database store = Database.open(server.config())) {
                BundledSample.load(store, Instant.now());
            }
            rename("Renamed Nurses", true, server);
            HttpResponse<byte[]> fresh = server.getBytes(STATES, "If-None-Match", etag);
            for (int tries = 0; fresh.statusCode() == 304 && tries < 50; tries++) {
                Thread.sleep(100);
                fresh = server.getBytes(STATES, "If-None-Match", etag);
            }
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(new String(fresh.body(), StandardCharsets.UTF_8)).contains("Renamed Nurses by place")
                    .doesNotContain("Night Nurses");
            assertThat(fresh.headers().firstValue("ETag")).hasValueSatisfying(t -> assertThat(t).isNotEqualTo(etag));
        }
    }

    @Test
    void a_client_holding_the_page_gets_304_and_each_level_and_measure_is_its_own_page() throws Exception {
        try (TestServer server = TestServer.start()) {
            String[] paths = {STATES, STATES + "?measure=growth", METRO, METRO + "&measure=location-quotient"};
            String[] tags = new String[paths.length];
            for (int i = 0; i < paths.length; i++) {
                HttpResponse<byte[]> first = server.getBytes(paths[i]);
                assertThat(first.statusCode()).as(paths[i]).isEqualTo(200);
                tags[i] = first.headers().firstValue("ETag").orElseThrow();

                HttpResponse<byte[]> again = server.getBytes(paths[i], "If-None-Match", "\"other\", " + tags[i]);

                assertThat(again.statusCode()).as(paths[i]).isEqualTo(304);
                assertThat(again.body()).as(paths[i]).isEmpty();
            }
            assertThat(tags).doesNotHaveDuplicates();
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

    /** Renames Registered Nurses in the current dataset version only, or in every version. */
    private static void rename(String title, boolean currentOnly, TestServer server) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.databaseUrl());
                Statement update = connection.createStatement()) {
            update.executeUpdate("update occupation set title = '" + title + "' where code = '29-1141.00'"
                    + (currentOnly ? " and dataset_id = (select dataset_id from dataset_current)" : ""));
        }
    }
}
