package org.occucompare.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shrinks the SVG that VectorGraphics2D writes without changing what it shows: coordinates rounded to a hundredth of
 * a point (a third of a micrometre on paper), colours as hex, declarations that only repeat SVG's defaults left
 * out, the font family named once on the root (the caller's) instead of on every text, and a shape filled and then
 * outlined written once with both. Only attributes are touched, never the title, description or the text itself.
 */
final class SvgCompactor {
    private static final Pattern GEOMETRY = Pattern.compile(
            "\\b(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|points|stroke-width|stroke-dasharray|font-size)([=:])(\"?)"
                    + "([^\";]*)");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern RGB = Pattern.compile("rgb\\((\\d+),(\\d+),(\\d+)\\)");
    private static final Pattern FAMILY = Pattern.compile("font-family:(&quot;[^&]*&quot;|[^;\"]*);");
    private static final Pattern TAG = Pattern.compile("<[A-Za-z][^>]*>");
    private static final Pattern STYLE = Pattern.compile(" style=\"([^\"]*)\"");
    /** A separator before a minus sign or a command letter, redundant in path data. */
    private static final Pattern BEFORE_SIGN_OR_COMMAND = Pattern.compile("[ ,](?=[-A-Za-z])");
    private static final Pattern BEFORE_COMMAND = Pattern.compile(" (?=[A-Za-z])");

    private SvgCompactor() {
    }

    /**
     * Compacts an SVG document whose root names the font family.
     *
     * @param svg the document, never null
     * @return the compacted document, never null
     */
    static String compact(String svg) {
        Matcher tags = TAG.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (tags.find()) {
            tags.appendReplacement(out, Matcher.quoteReplacement(tag(tags.group())));
        }
        tags.appendTail(out);
        return mergeFillAndOutline(out.toString().replaceAll("\n\\s+", "\n"));
    }

    /** Rounds the geometry of one tag and trims its style. */
    private static String tag(String tag) {
        String trimmed = FAMILY.matcher(tag).replaceAll("").replace("stroke:none;", "");
        trimmed = RGB.matcher(trimmed).replaceAll(c -> String.format(Locale.ROOT, "#%02x%02x%02x",
                Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3))));
        Matcher m = GEOMETRY.matcher(trimmed);
        StringBuilder out = new StringBuilder(trimmed.length());
        while (m.find()) {
            String value = DECIMAL.matcher(m.group(4)).replaceAll(n -> hundredths(n.group()));
            if (m.group(1).equals("d")) {
                // a separator before a minus sign or a command letter is redundant in path data
                value = BEFORE_COMMAND.matcher(BEFORE_SIGN_OR_COMMAND.matcher(value).replaceAll("")).replaceAll("");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + m.group(3) + value));
        }
        m.appendTail(out);
        return out.toString().replace(" style=\"\"", "");
    }

    /**
     * Writes a shape that is filled and then outlined (two elements of the same geometry, the second with
     * {@code fill:none}) as one element with both.
     */
    private static String mergeFillAndOutline(String svg) {
        String[] lines = svg.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            if (i + 1 < lines.length) {
                String merged = merge(lines[i], lines[i + 1]);
                if (merged != null) {
                    out.add(merged);
                    i++;
                    continue;
                }
            }
            out.add(lines[i]);
        }
        return String.join("\n", out);
    }

    private static String merge(String fill, String outline) {
        Matcher a = STYLE.matcher(fill);
        Matcher b = STYLE.matcher(outline);
        if (!a.find() || !b.find() || !b.group(1).startsWith("fill:none;") || a.group(1).contains("stroke")) {
            return null;
        }
        String geometryA = fill.substring(0, a.start()) + fill.substring(a.end());
        String geometryB = outline.substring(0, b.start()) + outline.substring(b.end());
        if (!geometryA.equals(geometryB) || !fill.startsWith("<") || fill.startsWith("<text")) {
            return null;
        }
        String style = a.group(1) + b.group(1).substring("fill:none;".length());
        return fill.substring(0, a.start()) + " style=\"" + style + "\"" + fill.substring(a.end());
    }

    /** A number rounded to a hundredth, without trailing zeros or a negative zero. */
    private static String hundredths(String number) {
        long hundredths = Math.round(Double.parseDouble(number) * 100);
        if (hundredths == 0) {
            return "0";
        }
        // by arithmetic, not String.format: a map's paths hold a hundred thousand numbers
        StringBuilder out = new StringBuilder(12);
        if (hundredths < 0) {
            out.append('-');
        }
        long abs = Math.abs(hundredths);
        out.append(abs / 100);
        long fraction = abs % 100;
        if (fraction != 0) {
            out.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                out.append(fraction % 10);
            }
        }
        return out.toString();
    }
}
