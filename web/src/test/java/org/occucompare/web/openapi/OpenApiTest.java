package org.occucompare.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.web.TestServer;

/** The OpenAPI document and the docs page match the routes the app really has. */
class OpenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_documented_route_exists_and_every_api_route_is_documented() throws Exception {
        JsonNode document = JSON.readTree(server.get("/api/openapi.json").body());
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> documented.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " "
                        + path.getKey())));
        // the app's own routing table: test-only use of Javalin's internal router
        Set<String> routes = new TreeSet<>();
        server.app().unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.path.startsWith("/api") && !e.method.equals(HandlerType.HEAD))
                .forEach(e -> routes.add(e.method.name() + " " + e.path));

        assertThat(routes).isEqualTo(documented);
    }

    @Test
    void every_documented_example_answers_200() throws Exception {
        for (ApiOperation operation : OpenApiDocument.load().operations()) {
            assertThat(operation.example()).as(operation.path()).startsWith("/api/");
            HttpResponse<byte[]> response = server.getBytes(operation.example());

            assertThat(response.statusCode()).as(operation.example()).isEqualTo(200);
        }
    }

    @Test
    void docs_page_shows_every_operation_with_its_parameters() throws Exception {
        HttpResponse<String> response = server.get("/api/docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<code>GET /api/occupations/{code}</code>")
                .contains("<code>GET /api/charts/{kind}.{format}</code>").contains("<code>limit</code>")
                .doesNotContain("cdn");
        assertThat(OpenApiDocument.load().operations()).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void openapi_document_is_json_with_the_security_headers() throws Exception {
        HttpResponse<String> response = server.get("/api/openapi.json");

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(JSON.readTree(response.body()).get("openapi").asText()).startsWith("3.0");
    }
}
