/**
 * Exports a paper can cite: tidy CSV (one row per occupation, place and measure, under a commented header with the
 * query, sources and vintages, app version and citation), JSON of the whole report, and
 * {@link org.occucompare.web.export.Citation} entries in BibTeX and CSL-JSON for the data used.
 */
@NullMarked
package org.occucompare.web.export;

import org.jspecify.annotations.NullMarked;
