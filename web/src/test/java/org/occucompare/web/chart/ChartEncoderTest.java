package org.occucompare.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.occucompare.core.OccupationException;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SampleComparisons;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Every chart kind in every format, from real comparisons of the bundled sample, read back as a reader would. */
class ChartEncoderTest {
    private static final Comparison NURSES = SampleComparisons.compare(
            List.of("29-1141.00", "29-2061.00", "29-1171.00"), "US", "CA");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void every_kind_renders_as_png_svg_and_pdf_with_its_title_as_text(ChartKind kind) throws Exception {
        byte[] png = ChartRenderer.render(NURSES, kind, ChartFormat.PNG, FigureSize.screen());
        byte[] svg = ChartRenderer.render(NURSES, kind, ChartFormat.SVG, FigureSize.screen());
        byte[] pdf = ChartRenderer.render(NURSES, kind, ChartFormat.PDF, FigureSize.screen());
        String title = ChartFactory.create(NURSES, kind, FigureSize.screen()).title();

        assertThat(png).startsWith(PNG_MAGIC);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(svgText(svg)).contains(title).contains("Made with OccuCompare");
        assertThat(svgTitle(svg)).isEqualTo(title);
        assertThat(pdfText(pdf)).contains(title).contains("Made with OccuCompare");
    }

    @Test
    void a_label_is_text_in_svg_and_selectable_text_in_pdf_set_in_an_embedded_font() throws Exception {
        byte[] svg = ChartRenderer.render(NURSES, ChartKind.WAGES, ChartFormat.SVG, FigureSize.screen());
        byte[] pdf = ChartRenderer.render(NURSES, ChartKind.WAGES, ChartFormat.PDF, FigureSize.screen());

        assertThat(svgText(svg)).contains("Licensed Practical and Licensed Vocational Nurses").contains("California")
                .contains("Annual wage (US dollars)");
        assertThat(pdfText(pdf)).contains("Licensed Practical and Licensed Vocational Nurses")
                .contains("Annual wage (US dollars)");
        assertThat(new String(svg, StandardCharsets.UTF_8)).doesNotContain("DOCTYPE");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fonts(document.getPage(0).getResources());
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        }
    }

    @Test
    void a_single_column_figure_is_89_mm_wide_in_every_format_and_300_dpi_in_png() throws Exception {
        FigureSize single = FigureSize.Preset.SINGLE.size();

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                ChartRenderer.render(NURSES, ChartKind.GROWTH, ChartFormat.PNG, single)));
        Document svg = parse(ChartRenderer.render(NURSES, ChartKind.GROWTH, ChartFormat.SVG, single));
        byte[] pdf = ChartRenderer.render(NURSES, ChartKind.GROWTH, ChartFormat.PDF, single);

        // 89 mm / 25.4 mm per inch × 300 dpi = 1051.2 pixels, rounded up
        assertThat(png.getWidth()).isEqualTo(1052);
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("89mm");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 252.28 ");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // 89 mm = 252.28 pt
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(252.28f, within(0.01f));
        }
    }

    @Test
    void the_png_carries_its_resolution_title_and_sources_as_metadata() throws IOException {
        byte[] print = ChartRenderer.render(NURSES, ChartKind.WAGES, ChartFormat.PNG, FigureSize.of(
                Optional.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.of(3)));

        String metadata = pngMetadata(print);
        // 288 dpi / 0.0254 m per inch = 11,338.6 pixels per metre
        assertThat(metadata).contains("pHYs=11339").contains("Title=Annual wages by occupation")
                .contains("Source=Source: Occupational Employment and Wage Statistics, May 2024");
        assertThat(ImageIO.read(new ByteArrayInputStream(print)).getWidth()).isEqualTo(3000);
    }

    @Test
    void the_largest_wages_chart_stays_under_40_kb_in_svg() {
        byte[] svg = ChartRenderer.render(ChartLayoutTest.LARGEST, ChartKind.WAGES, ChartFormat.SVG,
                FigureSize.screen());

        assertThat(svg.length).isLessThan(40_000);
    }

    @Test
    void a_png_of_too_many_pixels_is_refused_before_it_is_drawn() {
        FigureSize poster = new FigureSize(500, 400); // 7,874 pixels wide, and the 10 × 5 chart is tall

        assertThatThrownBy(() -> ChartRenderer.render(ChartLayoutTest.LARGEST, ChartKind.WAGES, ChartFormat.PNG,
                poster)).isInstanceOf(OccupationException.class).hasMessageContaining("lower the resolution");
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    /** The text of every {@code <text>} element, joined by spaces (a wrapped label spans several). */
    static String svgText(byte[] svg) throws Exception {
        NodeList texts = parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent());
        }
        return String.join(" ", lines);
    }

    private static String svgTitle(byte[] svg) throws Exception {
        Element root = parse(svg).getDocumentElement();
        return root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && form.getResources() != null) {
                fonts.addAll(fonts(form.getResources()));
            }
        }
        return fonts;
    }

    private static String pngMetadata(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            StringBuilder text = new StringBuilder();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    text.append("pHYs=").append(n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue())
                            .append('\n');
                }
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
