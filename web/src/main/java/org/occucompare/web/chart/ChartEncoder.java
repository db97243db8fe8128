package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/**
 * Encodes a captioned chart to bytes: PNG at a scale factor for print resolution, with the title, description and
 * sources as PNG text metadata (iTXt, UTF-8) and the resolution as pHYs; SVG with {@code <title>} and
 * {@code <desc>}; a one-page vector PDF with title and subject in its document information. Stateless and
 * thread-safe; never touches Swing.
 */
public final class ChartEncoder {
    /** The smallest PNG scale factor. */
    public static final double MIN_SCALE = 0.5;
    /** The largest PNG scale factor: 4 makes a 4000-pixel-wide bitmap, about 400 dpi at 10 inches. */
    public static final double MAX_SCALE = 4;

    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    private static final double SCREEN_DPI = 96;

    private ChartEncoder() {
    }

    /**
     * Encodes a chart.
     *
     * @param chart the chart, never null
     * @param format the format, never null
     * @param scale the PNG scale factor, {@value #MIN_SCALE} to {@value #MAX_SCALE} (vector formats ignore it)
     * @return the encoded bytes, never null
     * @throws OccupationException {@code INVALID_INPUT} for a scale out of range, {@code INTERNAL} if encoding fails
     */
    public static byte[] encode(CaptionedChart chart, ChartFormat format, double scale) {
        requireNonNull(chart, "chart is null");
        requireNonNull(format, "format is null");
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw OccupationException.invalidInput("The scale is " + scale + ": use " + MIN_SCALE + " to "
                    + MAX_SCALE + ", such as 2 for print.");
        }
        try {
            return switch (format) {
                case PNG -> png(chart, scale);
                case SVG -> svg(chart);
                case PDF -> pdf(chart);
            };
        } catch (IOException e) {
            throw new OccupationException(ErrorKind.INTERNAL, "Could not encode the " + chart.kind() + " chart as "
                    + format + ": " + e.getMessage(), e);
        }
    }

    private static byte[] png(CaptionedChart chart, double scale) throws IOException {
        int w = (int) Math.round(CaptionPainter.width(chart) * scale);
        int h = (int) Math.round(CaptionPainter.height(chart) * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            CaptionPainter.paint(g, chart);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_METADATA, pngMetadata(chart, scale));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode pngMetadata(CaptionedChart chart, double scale) {
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        String perMetre = String.valueOf(Math.round(SCREEN_DPI * scale / 0.0254));
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        root.appendChild(physical);
        IIOMetadataNode text = new IIOMetadataNode("iTXt");
        Map<String, String> entries = Map.of("Title", chart.title(), "Description", chart.description(),
                "Source", chart.captionText(), "Software", "OccuCompare");
        for (String keyword : new String[] {"Title", "Description", "Source", "Software"}) {
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", keyword);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "en");
            entry.setAttribute("translatedKeyword", keyword);
            entry.setAttribute("text", entries.get(keyword));
            text.appendChild(entry);
        }
        root.appendChild(text);
        return root;
    }

    private static byte[] svg(CaptionedChart chart) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        CaptionPainter.paint(g, chart);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, CaptionPainter.width(chart),
                CaptionPainter.height(chart))).writeTo(bytes);
        String svg = SvgCompactor.compact(bytes.toString(StandardCharsets.UTF_8));
        int open = svg.indexOf("<svg");
        int end = open < 0 ? -1 : svg.indexOf('>', open);
        if (end < 0) {
            throw new IOException("the SVG output has no <svg> element");
        }
        String metadata = "<title>" + xml(chart.title()) + "</title><desc>" + xml(chart.description()) + "</desc>";
        return (svg.substring(0, end + 1) + metadata + svg.substring(end + 1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(CaptionedChart chart) throws IOException {
        int w = CaptionPainter.width(chart);
        int h = CaptionPainter.height(chart);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            try {
                CaptionPainter.paint(g, chart);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(chart.title());
            info.setSubject(chart.description());
            info.setCreator("OccuCompare");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
