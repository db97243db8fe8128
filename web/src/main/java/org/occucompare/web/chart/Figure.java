package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A chart laid out at a size, with what travels with it as metadata: its title, the caption (sources with vintages,
 * how to read it, what is not drawn and why) and a plain-text description for screen readers. Immutable.
 *
 * @param name what it shows, as its id (such as {@code wages} or {@code map}); never null
 * @param size the printed size, never null
 * @param title the title, never null
 * @param caption the caption's paragraphs, as drawn under the chart; never null
 * @param description a plain-text description, never null
 * @param scene the laid-out chart, never null
 */
record Figure(String name, FigureSize size, String title, List<String> caption, String description,
        Scene scene) {
    Figure {
        requireNonNull(name, "name is null");
        requireNonNull(size, "size is null");
        requireNonNull(title, "title is null");
        caption = List.copyOf(requireNonNull(caption, "caption is null"));
        requireNonNull(description, "description is null");
        requireNonNull(scene, "scene is null");
    }

    /** The caption as one line of text; never null. */
    String captionText() {
        return String.join(" ", caption);
    }
}
