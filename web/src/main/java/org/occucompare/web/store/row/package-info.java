/**
 * Flat rows of the local store, one record type per table. The importer produces them from the official bulk files
 * and the store writes them in batches; they carry no behaviour beyond validation. Immutable and thread-safe.
 */
@NullMarked
package org.occucompare.web.store.row;

import org.jspecify.annotations.NullMarked;
