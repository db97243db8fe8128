package org.occucompare.web.chart;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shrinks the SVG that VectorGraphics2D writes. XChart draws every label as glyph outlines, so most of the file is
 * path data with six-decimal coordinates; a tenth of a pixel is plenty at any print size. Only geometry attributes
 * are touched, never the title, description or text.
 */
final class SvgCompactor {
    private static final Pattern GEOMETRY = Pattern.compile(
            "\\b(d|transform|x|y|x1|x2|y1|y2|width|height|points)=\"([^\"]*)\"");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private SvgCompactor() {
    }

    static String compact(String svg) {
        Matcher m = GEOMETRY.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() / 2);
        while (m.find()) {
            String value = DECIMAL.matcher(m.group(2)).replaceAll(n -> tenths(n.group()));
            if (m.group(1).equals("d")) {
                // a separator before a minus sign or a command letter is redundant in path data
                value = value.replaceAll("[ ,](?=[-A-Za-z])", "").replaceAll(" (?=[A-Za-z])", "");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + value + "\""));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\n\\s+", "\n");
    }

    /** A number rounded to a tenth, without a trailing ".0" or a negative zero. */
    private static String tenths(String number) {
        long tenths = Math.round(Double.parseDouble(number) * 10);
        if (tenths == 0) {
            return "0";
        }
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + (abs / 10) + (abs % 10 == 0 ? "" : "." + (abs % 10));
    }
}
