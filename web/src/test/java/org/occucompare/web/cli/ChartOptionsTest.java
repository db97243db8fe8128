package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print sizes of {@code compare --chart} and {@code batch}, and charts that draw what they were asked for. */
class ChartOptionsTest {
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
    void a_single_column_pdf_is_89_mm_wide_and_a_width_and_resolution_set_the_png_pixels() throws IOException {
        Path pdf = files.resolve("wages.pdf");
        Path png = files.resolve("growth.png");

        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--location", "CA", "TX", "--chart", "wages",
                "--out", pdf.toString(), "--size", "single")).isZero();
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--chart", "growth", "--out", png.toString(),
                "--width-mm", "183", "--dpi", "600")).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // 89 mm / 25.4 × 72 = 252.28 pt
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(252.28f, within(0.01f));
            assertThat(new PDFTextStripper().getText(document)).contains("California", "Texas");
        }
        BufferedImage image = ImageIO.read(png.toFile());
        // 183 mm / 25.4 × 600 dpi = 4,322.8 pixels, rounded up
        assertThat(image.getWidth()).isEqualTo(4323);
    }

    @Test
    void locations_of_several_occupations_draws_a_panel_for_each() throws IOException {
        Path svg = files.resolve("locations.svg");

        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "11-1011.00", "15-1252.00", "--location", "CA",
                "TX", "NY", "--chart", "locations", "--out", svg.toString())).isZero();

        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains(">Registered Nurses<",
                ">Chief Executives<", ">Software Developers<", "Licensed Vocational Nurses<");
        assertThat(cli.err()).contains("Wrote the locations chart");
    }

    @Test
    void a_size_without_a_chart_or_a_scale_with_a_size_is_bad_usage() {
        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--dpi", "300")).isEqualTo(2);
        assertThat(cli.err()).contains("--size, --width-mm, --dpi and --scale size a chart: add --chart KIND --out"
                + " FILE");
        assertThat(cli.run("show", "29-1141.00", "--size", "single")).isEqualTo(2);
        assertThat(cli.err()).contains("--size, --width-mm, --dpi and --scale size a chart: add --chart KIND --out"
                + " FILE");
        assertThat(cli.out()).isEmpty();

        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--chart", "wages", "--out", "x.png",
                "--scale", "2", "--dpi", "300")).isEqualTo(2);
        assertThat(cli.err()).contains("not both");

        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--chart", "wages", "--out", "x.png",
                "--size", "poster")).isEqualTo(2);
        assertThat(cli.err()).contains("\"poster\" is not a figure size: use screen", "single", "double");

        assertThat(cli.run("compare", "29-1141.00", "29-2061.00", "--chart", "wages", "--out", "x.png",
                "--width-mm", "10")).isEqualTo(2);
        assertThat(cli.err()).contains("The width is 10 mm: use 50 to 500 mm");
    }

    @Test
    void batch_draws_every_chart_at_the_size_asked_for() throws IOException {
        Path batch = files.resolve("batch.csv");
        Files.writeString(batch, "occupations,locations,charts\n\"29-1141.00;29-2061.00\",\"US;CA\",wages.svg\n",
                StandardCharsets.UTF_8);
        Path out = files.resolve("out");

        assertThat(cli.run("batch", batch.toString(), "--out", out.toString(), "--size", "double")).isZero();

        assertThat(Files.readString(out.resolve("row-2-wages.svg"), StandardCharsets.UTF_8))
                .contains("width=\"183mm\"");
    }
}
