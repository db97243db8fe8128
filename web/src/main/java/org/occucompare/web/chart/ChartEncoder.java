package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
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
 * Encodes a laid-out chart: PNG at the figure's resolution, with the title, description and sources as PNG text
 * metadata (iTXt, UTF-8) and the resolution as pHYs; SVG on a page of the printed size in millimetres, its text as
 * {@code <text>} elements, with {@code <title>} and {@code <desc>}; a one-page PDF of the printed size whose text is
 * set in the embedded chart font (selectable and searchable), with title and subject in its document information.
 * Stateless and thread-safe; never touches Swing.
 */
final class ChartEncoder {
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private ChartEncoder() {
    }

    /**
     * Encodes a chart.
     *
     * @param figure the chart, never null
     * @param format the format, never null
     * @return the encoded bytes, never null
     * @throws OccupationException {@code INVALID_INPUT} for a PNG of too many pixels, {@code INTERNAL} if encoding
     *     fails
     */
    static byte[] encode(Figure figure, ChartFormat format) {
        requireNonNull(figure, "figure is null");
        requireNonNull(format, "format is null");
        try {
            return switch (format) {
                case PNG -> png(figure);
                case SVG -> svg(figure);
                case PDF -> pdf(figure);
            };
        } catch (IOException e) {
            throw new OccupationException(ErrorKind.INTERNAL, "Could not encode the " + figure.name() + " chart as "
                    + format + ": " + e.getMessage(), e);
        }
    }

    private static byte[] png(Figure figure) throws IOException {
        Scene scene = figure.scene();
        double scale = figure.size().pixelsPerPoint();
        int w = (int) Math.ceil(scene.width() * scale);
        int h = (int) Math.ceil(scene.height() * scale);
        if ((long) w * h > FigureSize.MAX_PIXELS) {
            throw OccupationException.invalidInput("This chart as a PNG at " + figure.size().dpi() + " dpi would have "
                    + String.format(Locale.US, "%,d × %,d", w, h) + " pixels, more than "
                    + String.format(Locale.US, "%,d", FigureSize.MAX_PIXELS) + " in all: lower the resolution, or use"
                    + " SVG or PDF, which are sharp at any size.");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            ScenePainter.paint(scene, g);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_METADATA, pngMetadata(figure));
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

    private static IIOMetadataNode pngMetadata(Figure figure) {
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        String perMetre = String.valueOf(Math.round(figure.size().dpi() / 0.0254));
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        root.appendChild(physical);
        IIOMetadataNode text = new IIOMetadataNode("iTXt");
        Map<String, String> entries = Map.of("Title", figure.title(), "Description", figure.description(),
                "Source", figure.captionText(), "Software", "OccuCompare");
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

    private static byte[] svg(Figure figure) throws IOException {
        Scene scene = figure.scene();
        VectorGraphics2D g = new VectorGraphics2D();
        ScenePainter.paint(scene, g);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, scene.width(), scene.height()))
                .writeTo(bytes);
        String svg = SvgCompactor.compact(bytes.toString(StandardCharsets.UTF_8));
        int open = svg.indexOf("<svg");
        int end = open < 0 ? -1 : svg.indexOf('>', open);
        if (end < 0) {
            throw new IOException("the SVG output has no <svg> element");
        }
        String root = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
                + FigureSize.number(round(FigureSize.millimetres(scene.width()))) + "mm\" height=\""
                + FigureSize.number(round(FigureSize.millimetres(scene.height()))) + "mm\" viewBox=\"0 0 "
                + FigureSize.number(round(scene.width())) + " " + FigureSize.number(round(scene.height()))
                + "\" font-family=\"" + ChartFonts.cssFamilies() + "\" role=\"img\">";
        String metadata = "<title>" + xml(figure.title()) + "</title><desc>" + xml(figure.description())
                + "</desc>";
        // no DOCTYPE: SVG 2 drops it, and a parser would fetch its DTD from the network
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root + metadata + svg.substring(end + 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(Figure figure) throws IOException {
        Scene scene = figure.scene();
        float w = (float) scene.width();
        float h = (float) scene.height();
        try (PDDocument document = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            for (Map.Entry<String, Path> font : ChartFonts.trueTypeFiles().entrySet()) {
                fonts.registerFont(font.getKey(), font.getValue().toFile());
            }
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            try {
                g.setFontTextDrawer(fonts);
                ScenePainter.paint(scene, g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(figure.title());
            info.setSubject(figure.description());
            info.setCreator("OccuCompare");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
