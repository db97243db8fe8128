package org.occucompare.web.importer;

import java.util.ArrayList;
import java.util.List;
import org.occucompare.web.store.row.StoreRow;

/** Keeps every row it gets, for assertions. */
final class CollectingSink implements ImportSink {
    private final List<StoreRow> rows = new ArrayList<>();

    @Override
    public void accept(StoreRow row) {
        rows.add(row);
    }

    <T extends StoreRow> List<T> of(Class<T> type) {
        return rows.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
