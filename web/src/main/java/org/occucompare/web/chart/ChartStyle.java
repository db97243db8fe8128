package org.occucompare.web.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look of every chart: the Okabe–Ito palette, which stays distinguishable with the common colour-vision
 * deficiencies and in greyscale print, and fonts sized to stay legible when a 1000-pixel-wide chart is printed at
 * column width.
 */
final class ChartStyle {
    /** Width of a chart at scale 1, in pixels (and points in vector output). */
    static final int WIDTH = 1000;
    /** Height of a chart at scale 1, without its caption. */
    static final int HEIGHT = 600;
    /** Okabe & Ito (2008), without black, which is kept for marks such as the median. */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442)};
    static final Color INK = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x555555);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final BasicStroke THIN = new BasicStroke(2f);

    private ChartStyle() {
    }

    static void apply(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xDDDDDD));
        styler.setChartFontColor(INK);
        styler.setChartTitleFont(TITLE);
        styler.setAxisTitleFont(AXIS_TITLE);
        styler.setAxisTickLabelsFont(TICKS);
        styler.setAxisTickLabelsColor(INK);
        styler.setLegendFont(LEGEND);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setSeriesColors(PALETTE);
        styler.setAnnotationTextFont(TICKS);
        styler.setAnnotationTextFontColor(INK);
        styler.setChartPadding(12);
    }

    static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    static String usd(double value) {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.US);
        return "$" + f.format(Math.round(value));
    }

    static String usdThousands(double value) {
        return value == 0 ? "$0" : "$" + Math.round(value / 1000) + "k";
    }

    /** A title short enough for an axis: long O*NET titles are cut at a word with an ellipsis. */
    static String shortTitle(String title, int max) {
        if (title.length() <= max) {
            return title;
        }
        int cut = title.lastIndexOf(' ', max - 1);
        return title.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[,;:]$", "") + "…";
    }
}
