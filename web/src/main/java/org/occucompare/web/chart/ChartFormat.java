package org.occucompare.web.chart;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.occucompare.core.OccupationException;

/** The file formats a chart is encoded to. */
public enum ChartFormat {
    /** A bitmap, scaled for print on request. */
    PNG("image/png"),
    /** Scalable vector graphics, small and sharp at any size. */
    SVG("image/svg+xml"),
    /** A one-page PDF with vector graphics. */
    PDF("application/pdf");

    private final String mediaType;

    ChartFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The file extension without the dot, such as {@code png}; never null. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The media type, such as {@code image/png}; never null. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of an extension.
     *
     * @param extension such as {@code png} or {@code .SVG}, never null
     * @return the format, never null
     * @throws OccupationException {@code INVALID_INPUT} naming the known formats
     */
    public static ChartFormat parse(String extension) {
        String wanted = extension.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        return Arrays.stream(values()).filter(f -> f.extension().equals(wanted)).findFirst().orElseThrow(() ->
                OccupationException.invalidInput("\"" + extension + "\" is not a chart format: use png, svg or pdf."));
    }

    /**
     * The format a file name asks for by its extension.
     *
     * @param file such as {@code wages.svg}, never null
     * @return the format, never null
     * @throws OccupationException {@code INVALID_INPUT} when the name has no known extension
     */
    public static ChartFormat ofFile(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw OccupationException.invalidInput("The chart file " + name + " has no extension: end it with .png,"
                    + " .svg or .pdf.");
        }
        return parse(name.substring(dot + 1));
    }
}
