package org.occucompare.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SampleComparisons;
import org.w3c.dom.Node;

/** Every chart kind in every format, from a real comparison of the bundled sample. */
class ChartEncoderTest {
    private static final Comparison NURSES = SampleComparisons.compare(
            List.of("29-1141.00", "29-2061.00", "29-1171.00"), "US", "CA");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void every_kind_renders_as_png_svg_and_pdf(ChartKind kind) throws IOException {
        byte[] png = ChartRenderer.render(NURSES, kind, ChartFormat.PNG, 1);
        byte[] svg = ChartRenderer.render(NURSES, kind, ChartFormat.SVG, 1);
        byte[] pdf = ChartRenderer.render(NURSES, kind, ChartFormat.PDF, 1);

        assertThat(png).startsWith(PNG_MAGIC);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isGreaterThan(600);
        String svgText = new String(svg, StandardCharsets.UTF_8);
        assertThat(svgText).contains("<svg").contains("<title>").contains("<desc>").contains("Sources:");
        // XChart draws labels as glyph outlines; SvgCompactor keeps the files to about 100–250 KB
        assertThat(svg.length).isLessThan(300_000);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void a_scale_of_two_doubles_the_pixels() throws IOException {
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(
                ChartRenderer.render(NURSES, ChartKind.WAGES, ChartFormat.PNG, 1)));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(
                ChartRenderer.render(NURSES, ChartKind.WAGES, ChartFormat.PNG, 2)));

        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
    }

    @Test
    void the_png_carries_title_and_sources_as_text_metadata() throws IOException {
        byte[] png = ChartRenderer.render(NURSES, ChartKind.WAGES, ChartFormat.PNG, 1);

        String text = pngText(png);
        assertThat(text).contains("Title=Annual wages by occupation").contains("Source=Sources:")
                .contains("May 2024");
    }

    @Test
    void a_scale_out_of_range_is_invalid_input() {
        CaptionedChart chart = ChartFactory.create(NURSES, ChartKind.WAGES);

        assertThatThrownBy(() -> ChartEncoder.encode(chart, ChartFormat.PNG, 10)).hasMessageContaining("scale");
    }

    private static String pngText(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            StringBuilder text = new StringBuilder();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("iTXt")) {
                    for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                        text.append(e.getAttributes().getNamedItem("keyword").getNodeValue()).append('=')
                                .append(e.getAttributes().getNamedItem("text").getNodeValue()).append('\n');
                    }
                }
            }
            return text.toString();
        }
    }
}
