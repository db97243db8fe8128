package org.occucompare.web.cli;

import java.util.Locale;

/** The citation formats of {@code --cite}. */
enum CiteFormat {
    /** BibTeX entries, for LaTeX and most reference managers. */
    BIBTEX,
    /** CSL-JSON items, for Zotero, Pandoc and citeproc. */
    CSL;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
