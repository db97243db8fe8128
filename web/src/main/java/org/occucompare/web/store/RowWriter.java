package org.occucompare.web.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.occucompare.web.store.row.StoreRow;

/** Writes a batch of rows of one table into one dataset version, on the import's handle. */
interface RowWriter {
    /**
     * Writes the rows.
     *
     * @param handle the import's handle, inside its transaction
     * @param dataset the version the rows belong to
     * @param table their table
     * @param rows the rows, all of the table's type
     * @param <R> the row type
     */
    <R extends StoreRow> void write(Handle handle, long dataset, StoreTable<R> table, List<R> rows);

    /** How many rows of a table to gather before writing them. */
    int batchSize();

    /** The fastest writer for a vendor: PostgreSQL's COPY, or batched inserts. */
    static RowWriter of(StoreVendor vendor) {
        return vendor == StoreVendor.POSTGRESQL ? new CopyRowWriter() : new BatchRowWriter();
    }
}
