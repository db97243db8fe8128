package org.occucompare.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.occucompare.web.TestServer;

/** {@code /api/charts/{kind}.{format}} at the print sizes: {@code size}, {@code width_mm} and {@code dpi}. */
class ChartSizeApiTest {
    private static final String QUERY = "?occupations=29-1141.00,29-2061.00&locations=US,CA";
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
    void a_preset_sets_the_pdf_page_and_a_width_and_resolution_the_png_pixels() throws Exception {
        HttpResponse<byte[]> pdf = server.getBytes("/api/charts/growth.pdf" + QUERY + "&size=double");
        HttpResponse<byte[]> png = server.getBytes("/api/charts/wages.png" + QUERY + "&width_mm=89&dpi=300");

        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // 183 mm / 25.4 × 72 = 518.74 pt
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(518.74f, within(0.01f));
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        // 89 mm / 25.4 × 300 dpi = 1,051.2 pixels, rounded up
        assertThat(image.getWidth()).isEqualTo(1052);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "&size=poster|size|\"poster\" is not a figure size",
        "&width_mm=wide|width_mm|\"wide\" is not a number",
        "&width_mm=20|width_mm|use 50 to 500 mm",
        "&dpi=72.5|dpi|whole number",
        "&dpi=5000|dpi|use 48 to 1200",
        "&scale=2&dpi=300|scale|not both"})
    void a_bad_size_is_400_naming_the_parameter(String parameters, String name, String message) throws Exception {
        HttpResponse<String> response = server.get("/api/charts/wages.png" + QUERY + parameters);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = new ObjectMapper().readTree(response.body()).get("error");
        assertThat(error.get("message").asText()).startsWith("Parameter " + name + " ").contains(message);
    }
}
