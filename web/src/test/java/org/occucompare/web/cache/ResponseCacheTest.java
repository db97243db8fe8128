package org.occucompare.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occucompare.web.TestServer;
import org.occucompare.web.importer.BundledSample;
import org.occucompare.web.store.Database;

/**
 * Comparisons, charts, exports and pages are rendered once per dataset version and plugin set, answered with an
 * entity tag and 304 on a match, on a real server over the bundled sample.
 */
class ResponseCacheTest {
    private static final String QUERY = "?occupations=29-1141.00,15-1252.00&locations=US,CA";
    private static final String NURSES = "Registered Nurses";

    /** The comparison, and the places page, which is keyed by its occupation, level and measure. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/compare" + QUERY, PlacesPageCacheTest.STATES})
    void an_answer_is_kept_for_its_dataset_version_and_a_new_version_replaces_it(String path) throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> first = server.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains(NURSES);
            assertThat(etag).matches("\"[A-Za-z0-9_-]{24}\"");
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

            // a change behind the app's back, without a new dataset version: the kept answer stays
            rename("Night Nurses", false, server);
            HttpResponse<String> kept = server.get(path);
            assertThat(kept.body()).isEqualTo(first.body());
            assertThat(kept.headers().firstValue("ETag")).hasValue(etag);

            // a new dataset version: a new answer under a new tag (the version is reread once a second); the old
            // tag no longer matches
            try (Database store = Database.open(server.config())) {
                BundledSample.load(store, Instant.now());
            }
            rename("Renamed Nurses", true, server);
            HttpResponse<byte[]> fresh = server.getBytes(path, "If-None-Match", etag);
            for (int tries = 0; fresh.statusCode() == 304 && tries < 50; tries++) {
                Thread.sleep(100);
                fresh = server.getBytes(path, "If-None-Match", etag);
            }
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(new String(fresh.body(), StandardCharsets.UTF_8)).contains("Renamed Nurses")
                    .doesNotContain("Night Nurses");
            assertThat(fresh.headers().firstValue("ETag")).hasValueSatisfying(t -> assertThat(t).isNotEqualTo(etag));
        }
    }

    @Test
    void a_client_holding_the_answer_gets_304_without_a_body() throws Exception {
        try (TestServer server = TestServer.start()) {
            for (String path : new String[] {"/api/compare" + QUERY, "/api/compare.csv" + QUERY,
                    "/api/charts/wages.png" + QUERY, "/api/charts/wages.svg" + QUERY, "/compare" + QUERY,
                    "/occupations/29-1141.00?location=CA", PlacesPageCacheTest.STATES, PlacesPageCacheTest.METRO}) {
                HttpResponse<byte[]> first = server.getBytes(path);
                String etag = first.headers().firstValue("ETag").orElseThrow();
                String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
                assertThat(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                        .isBeforeOrEqualTo(Instant.now());

                HttpResponse<byte[]> again = server.getBytes(path, "If-None-Match", "\"other\", " + etag);

                assertThat(again.statusCode()).as(path).isEqualTo(304);
                assertThat(again.body()).as(path).isEmpty();
                assertThat(again.headers().firstValue("ETag")).as(path).hasValue(etag);
            }
        }
    }

    @Test
    void charts_and_exports_may_be_kept_by_clients_and_text_is_sent_compressed_as_kept() throws Exception {
        try (TestServer server = TestServer.start()) {
            for (String path : new String[] {"/api/compare.csv" + QUERY, "/api/charts/wages.png" + QUERY}) {
                assertThat(server.getBytes(path).headers().firstValue("Cache-Control")).as(path)
                        .hasValue("public, max-age=3600");
            }
            HttpResponse<byte[]> plain = server.getBytes("/api/compare" + QUERY);
            HttpResponse<byte[]> zipped = server.getBytes("/api/compare" + QUERY, "Accept-Encoding", "gzip");
            HttpResponse<byte[]> refused = server.getBytes("/api/compare" + QUERY, "Accept-Encoding",
                    "gzip;q=0, identity");

            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v)
                    .containsIgnoringCase("Accept-Encoding"));
            assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
            assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
            assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(refused.body()).isEqualTo(plain.body());
        }
    }

    @Test
    void another_plugin_set_answers_under_another_tag_and_the_same_set_under_the_same() throws Exception {
        String path = "/api/charts/wages.svg" + QUERY;
        try (TestServer plain = TestServer.start();
                TestServer same = TestServer.start();
                TestServer configured = TestServer.start(Map.of("OCCUCOMPARE_PLUGIN_WAGE_SPREAD__UPPER__PERCENTILE",
                        "75"), c -> { })) {
            String tag = plain.getBytes(path).headers().firstValue("ETag").orElseThrow();

            assertThat(same.getBytes(path).headers().firstValue("ETag")).hasValue(tag);
            assertThat(configured.getBytes(path).headers().firstValue("ETag")).hasValueSatisfying(
                    t -> assertThat(t).isNotEqualTo(tag));
            assertThat(configured.getBytes(path, "If-None-Match", tag).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_bad_request_is_answered_as_before_and_nothing_is_kept() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> bad = server.get("/api/compare?occupations=99-9999.00,98-9999.00");

            assertThat(bad.statusCode()).isEqualTo(404);
            assertThat(bad.headers().firstValue("ETag")).isEmpty();
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

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }
}
