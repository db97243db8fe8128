package org.occucompare.web.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.occucompare.core.OccupationException;

/**
 * The printed size of a chart: its width in millimetres, which sets the PDF and SVG page and the type sizes, and the
 * resolution of a PNG in dots per inch. The height follows from what the chart holds. Immutable and thread-safe.
 *
 * <p>The {@linkplain Preset presets} are the sizes a journal figure usually takes, plus the screen default: a
 * 1000-pixel PNG at 96 dpi, whose type matches that of a web page.
 *
 * @param widthMm the width, {@value #MIN_WIDTH_MM} to {@value #MAX_WIDTH_MM} mm
 * @param dpi the PNG resolution, {@value #MIN_DPI} to {@value #MAX_DPI} dots per inch (vector formats ignore it)
 */
public record FigureSize(double widthMm, int dpi) {
    /** The narrowest width: below it a row label and a plot no longer fit side by side at 7 pt. */
    public static final double MIN_WIDTH_MM = 50;
    /** The widest width, a poster column. */
    public static final double MAX_WIDTH_MM = 500;
    /** The lowest PNG resolution (scale 0.5 of the screen default). */
    public static final int MIN_DPI = 48;
    /** The highest PNG resolution. */
    public static final int MAX_DPI = 1200;
    /** The most pixels a PNG may have (96 MB as a bitmap), so one request cannot take the server's memory. */
    public static final long MAX_PIXELS = 24_000_000L;
    /** The resolution of a CSS pixel, which the screen preset and the scale factor are counted in. */
    public static final int SCREEN_DPI = 96;
    /** The smallest scale factor of the screen preset. */
    public static final double MIN_SCALE = 0.5;
    /** The largest scale factor of the screen preset: 4 makes a 4000-pixel-wide PNG. */
    public static final double MAX_SCALE = 4;

    static final double MM_PER_INCH = 25.4;
    static final double POINTS_PER_INCH = 72;

    /** Validates the ranges. */
    public FigureSize {
        if (!(widthMm >= MIN_WIDTH_MM && widthMm <= MAX_WIDTH_MM)) {
            throw OccupationException.invalidInput("The width is " + number(widthMm) + " mm: use " + number(MIN_WIDTH_MM)
                    + " to " + number(MAX_WIDTH_MM) + " mm, such as 89 for a journal's single column or 183 for a"
                    + " double one.");
        }
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw OccupationException.invalidInput("The resolution is " + dpi + " dpi: use " + MIN_DPI + " to "
                    + MAX_DPI + ", such as 300 for print or 600 for line art.");
        }
    }

    /** The named sizes. */
    public enum Preset {
        /** 1000 pixels at 96 dpi (264.6 mm): a web page's type, the default. */
        SCREEN(1000 * MM_PER_INCH / SCREEN_DPI, SCREEN_DPI, "1000 px at 96 dpi, for screens (default)"),
        /** A journal's single column, 89 mm, at 300 dpi. */
        SINGLE(89, 300, "a journal's single column, 89 mm at 300 dpi"),
        /** A journal's double column (full page width), 183 mm, at 300 dpi. */
        DOUBLE(183, 300, "a journal's double column, 183 mm at 300 dpi");

        private final double widthMm;
        private final int dpi;
        private final String description;

        Preset(double widthMm, int dpi, String description) {
            this.widthMm = widthMm;
            this.dpi = dpi;
            this.description = description;
        }

        /** The preset's size; never null. */
        public FigureSize size() {
            return new FigureSize(widthMm, dpi);
        }

        /** The name used in commands and URLs, such as {@code single}; never null. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What it is for, such as "a journal's single column, 89 mm at 300 dpi"; never null. */
        public String description() {
            return description;
        }

        /**
         * The preset of a name.
         *
         * @param id such as {@code single}, any case, never null
         * @return the preset, never null
         * @throws OccupationException {@code INVALID_INPUT} naming the presets
         */
        public static Preset parse(String id) {
            String wanted = id.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(p -> p.id().equals(wanted)).findFirst().orElseThrow(() ->
                    OccupationException.invalidInput("\"" + id + "\" is not a figure size: use " + list() + "."));
        }

        /** The presets with what they are, for help texts; never null. */
        public static String list() {
            return Arrays.stream(values()).map(p -> p.id() + " (" + p.description + ")")
                    .collect(Collectors.joining(", "));
        }
    }

    /** The screen default: 1000 pixels wide at 96 dpi. */
    public static FigureSize screen() {
        return Preset.SCREEN.size();
    }

    /**
     * The size a request asks for: a preset, a width and a resolution, or the older scale factor of the screen size.
     * A width without a resolution is printed at 300 dpi; a resolution without a width keeps the preset's width.
     *
     * @param preset the preset, or empty for the screen size (or, with a width, print); never null
     * @param widthMm the width in millimetres, or empty for the preset's; never null
     * @param dpi the PNG resolution, or empty for the preset's (300 with a width of one's own); never null
     * @param scale the PNG scale factor of the screen size, {@value #MIN_SCALE} to {@value #MAX_SCALE}, or empty;
     *     only without a preset, width or resolution; never null
     * @return the size, never null
     * @throws OccupationException {@code INVALID_INPUT} for a value out of range or a scale with a size
     */
    public static FigureSize of(Optional<Preset> preset, OptionalDouble widthMm, OptionalInt dpi,
            OptionalDouble scale) {
        if (scale.isPresent()) {
            if (preset.isPresent() || widthMm.isPresent() || dpi.isPresent()) {
                throw OccupationException.invalidInput("The scale factor is for the screen size only: give a size,"
                        + " a width or a resolution, or the scale, not both.");
            }
            double s = scale.getAsDouble();
            if (!(s >= MIN_SCALE && s <= MAX_SCALE)) {
                throw OccupationException.invalidInput("The scale is " + number(s) + ": use " + number(MIN_SCALE)
                        + " to " + number(MAX_SCALE) + ", such as 3 for 288 dpi.");
            }
            return new FigureSize(screen().widthMm(), (int) Math.round(SCREEN_DPI * s));
        }
        FigureSize base = preset.orElse(widthMm.isPresent() ? Preset.SINGLE : Preset.SCREEN).size();
        return new FigureSize(widthMm.orElse(base.widthMm()), dpi.orElse(base.dpi()));
    }

    /** The width in points (1/72 inch), the unit charts are laid out in. */
    public double widthPt() {
        return widthMm / MM_PER_INCH * POINTS_PER_INCH;
    }

    /** PNG pixels per point at this resolution. */
    public double pixelsPerPoint() {
        return dpi / POINTS_PER_INCH;
    }

    /**
     * A length in points as millimetres.
     *
     * @param points the length in points
     * @return the length in millimetres
     */
    static double millimetres(double points) {
        return points / POINTS_PER_INCH * MM_PER_INCH;
    }

    /** A number without a trailing ".0". */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }
}
