package org.occucompare.web.cli;

import java.util.Locale;
import org.occucompare.web.export.Citation;

/** The citation formats of {@code --cite}. */
enum CiteFormat {
    /** BibTeX {@code @misc} entries, which every BibTeX and biblatex style reads. */
    BIBTEX,
    /** biblatex entries of its own types, {@code @dataset} and {@code @software}. */
    BIBLATEX,
    /** CSL-JSON items, for Zotero, Pandoc and citeproc. */
    CSL;

    /**
     * The citation in this format, ending with a line break.
     *
     * @param citation the citation, never null
     * @return the text, never null
     */
    String render(Citation citation) {
        return switch (this) {
            case BIBTEX -> citation.bibtex();
            case BIBLATEX -> citation.biblatex();
            case CSL -> citation.cslJson() + System.lineSeparator();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
