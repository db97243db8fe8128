package org.occucompare.web.importer;

import org.occucompare.web.store.row.StoreRow;

/** Receives the rows the readers produce, in file order. Implementations say whether they are thread-safe. */
@FunctionalInterface
public interface ImportSink {
    /** Takes one row; never called with null. */
    void accept(StoreRow row);
}
