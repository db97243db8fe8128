package org.occucompare.web.ui;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What every page shows around its content: the document title, the app version, which data the app runs on, and
 * the citations of the data sources (with vintages) for the footer.
 *
 * @param title the document title, never null
 * @param version the app version, never null
 * @param data one line on the data in use, never null
 * @param citations the citation lines of the data sources, never null
 */
public record Frame(String title, String version, String data, List<String> citations) {

    /** Validates and copies. */
    public Frame {
        requireNonNull(title, "title is null");
        requireNonNull(version, "version is null");
        requireNonNull(data, "data is null");
        citations = List.copyOf(requireNonNull(citations, "citations is null"));
    }

    /**
     * The same frame with another title.
     *
     * @param pageTitle the title of the page, shown before "OccuCompare"; never null
     * @return the copy, never null
     */
    public Frame titled(String pageTitle) {
        return new Frame(requireNonNull(pageTitle, "pageTitle is null") + " – OccuCompare", version, data, citations);
    }
}
