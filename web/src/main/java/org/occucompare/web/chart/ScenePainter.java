package org.occucompare.web.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * Draws a laid-out chart onto any {@link Graphics2D}: a bitmap, VectorGraphics2D's SVG or pdfbox-graphics2d's PDF.
 * Text is drawn as text ({@code drawString}), so SVG gets {@code <text>} elements and PDF selectable text; the
 * rendering hints match the ones the layout was measured with. Stateless.
 */
final class ScenePainter {
    private ScenePainter() {
    }

    /**
     * Paints a scene, in points: scale the graphics first for another unit.
     *
     * @param scene the chart, never null
     * @param g where to paint, never null
     */
    static void paint(Scene scene, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (SceneElement e : scene.elements()) {
            if (e instanceof SceneMark mark) {
                if (mark.fill() != null) {
                    g.setColor(mark.fill());
                    g.fill(mark.shape());
                }
                if (mark.stroke() != null && mark.line() != null) {
                    g.setColor(mark.stroke());
                    g.setStroke(mark.line());
                    g.draw(mark.shape());
                }
            } else if (e instanceof SceneText text) {
                g.setColor(text.colour());
                g.setFont(text.text().font());
                for (int i = 0; i < text.text().lines().size(); i++) {
                    g.drawString(text.text().lines().get(i), (float) text.lineX(i), (float) text.baseline(i));
                }
            }
        }
    }
}
