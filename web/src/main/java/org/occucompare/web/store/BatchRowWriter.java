package org.occucompare.web.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.occucompare.web.store.row.StoreRow;

/** Writes rows with one batched, prepared {@code insert} per batch (JDBC batching). Stateless. */
final class BatchRowWriter implements RowWriter {
    @Override
    public <R extends StoreRow> void write(Handle handle, long dataset, StoreTable<R> table, List<R> rows) {
        List<StoreTable.Column<R>> columns = table.columns();
        String sql = "insert into " + table.name() + " (dataset_id, " + String.join(", ", table.columnNames())
                + ") values (?" + ", ?".repeat(columns.size()) + ")";
        PreparedBatch batch = handle.prepareBatch(sql);
        for (R row : rows) {
            batch.bind(0, dataset);
            for (int i = 0; i < columns.size(); i++) {
                StoreTable.Column<R> column = columns.get(i);
                @Nullable Object value = column.value().apply(row);
                if (value == null) {
                    batch.bindNull(i + 1, column.sqlType());
                } else {
                    batch.bind(i + 1, value);
                }
            }
            batch.add();
        }
        batch.execute();
    }

    @Override
    public int batchSize() {
        return 2_000;
    }
}
