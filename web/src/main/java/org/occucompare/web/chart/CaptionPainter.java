package org.occucompare.web.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** Paints a chart and its caption lines under it onto any {@link Graphics2D}: bitmap, SVG or PDF alike. */
final class CaptionPainter {
    private static final int LINE_HEIGHT = 18;
    private static final int MARGIN = 14;

    private CaptionPainter() {
    }

    static int width(CaptionedChart c) {
        return c.chart().getWidth();
    }

    static int height(CaptionedChart c) {
        return c.chart().getHeight() + MARGIN + LINE_HEIGHT * c.caption().size();
    }

    static void paint(Graphics2D g, CaptionedChart c) {
        int w = width(c);
        int chartHeight = c.chart().getHeight();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, height(c));
        Graphics2D plot = (Graphics2D) g.create();
        try {
            c.chart().paint(plot, w, chartHeight);
        } finally {
            plot.dispose();
        }
        g.setFont(ChartStyle.CAPTION);
        g.setColor(ChartStyle.MUTED);
        int y = chartHeight + MARGIN / 2;
        for (String line : c.caption()) {
            y += LINE_HEIGHT;
            g.drawString(line, MARGIN, y - 4);
        }
    }
}
