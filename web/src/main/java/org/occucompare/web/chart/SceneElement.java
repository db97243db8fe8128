package org.occucompare.web.chart;

import java.awt.geom.Rectangle2D;

/** One part of a laid-out chart: a shape or a block of text, in points from the top left corner. */
sealed interface SceneElement permits SceneMark, SceneText {
    /** What the part is; never null. */
    Role role();

    /** The box the part covers, in points; never null. */
    Rectangle2D bounds();
}
