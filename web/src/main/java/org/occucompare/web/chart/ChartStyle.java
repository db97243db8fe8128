package org.occucompare.web.chart;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** The colours every chart shares and the number formats of its axes and labels. Stateless. */
final class ChartStyle {
    /** Text and marks that carry no series, such as the median. */
    static final Color INK = new Color(0x1A1A1A);
    /** Secondary text (the caption) and neutral marks (whiskers). */
    static final Color MUTED = new Color(0x555555);
    /** Grid lines, behind the data. */
    static final Color GRID = new Color(0xDDDDDD);
    /** A row's faint guide line. */
    static final Color GUIDE = new Color(0xEEEEEE);

    private ChartStyle() {
    }

    /** A dollar figure, such as "$239,200". */
    static String usd(double value) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(Math.round(value));
    }

    /** A dollar figure in thousands for an axis, such as "$0", "$50k" or "$2.5k". */
    static String usdThousands(double value) {
        return value == 0 ? "$0" : "$" + decimal(value / 1000) + "k";
    }

    /** A count for an axis: "2,500", or "50k" from 10,000 on. */
    static String count(double value) {
        return Math.abs(value) >= 10_000 ? decimal(value / 1000) + "k" : decimal(value);
    }

    /** A number with grouping, at most two decimals, and a true minus sign. */
    static String decimal(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
        String text = f.format(value + 0.0); // + 0.0 turns -0.0 into 0.0
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }
}
